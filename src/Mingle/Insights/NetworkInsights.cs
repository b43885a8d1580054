using Mingle.Graph.Assortativity;
using Mingle.Graph.Communities;

namespace Mingle.Insights;

/// <summary>
/// Everything computed for one window: the tie graph, per-person measures and roles (never shown per person except
/// through <see cref="NamedInsights"/>), the organisation's metrics and which groups may be shown. Immutable, so the
/// cache can hand it to concurrent requests.
/// </summary>
public sealed class NetworkInsights
{
    /// <summary>Breadth, cross-unit share, E-I and formal modularity are measured between departments.</summary>
    public const int BreadthDepth = 1;

    NetworkInsights(OrgStructure org, TieSet ties, int windowDays, DateTime windowEnd, PersonMetrics metrics,
        NetworkRole[] roles, RoleThresholds thresholds, GroupVisibility visibility, int[] formal, int[] informal, OrganisationMetrics summary)
    {
        Org = org;
        Ties = ties;
        WindowDays = windowDays;
        WindowEnd = windowEnd;
        Metrics = metrics;
        Roles = roles;
        Thresholds = thresholds;
        Visibility = visibility;
        FormalPartition = formal;
        InformalPartition = informal;
        Summary = summary;
    }

    public OrgStructure Org { get; }

    public TieSet Ties { get; }

    public int WindowDays { get; }

    public DateTime WindowEnd { get; }

    public PersonMetrics Metrics { get; }

    public NetworkRole[] Roles { get; }

    public RoleThresholds Thresholds { get; }

    public GroupVisibility Visibility { get; }

    public int[] FormalPartition { get; }

    public int[] InformalPartition { get; }

    public OrganisationMetrics Summary { get; }

    /// <summary>Seconds per phase of the last computation (for the benchmark and operators), loading included.</summary>
    public Dictionary<string, double> Timings { get; private init; } = [];

    public static NetworkInsights Compute(OrgStructure org, TieSet ties, int windowDays, DateTime windowEnd, int k, CancellationToken ct)
    {
        var graph = ties.Graph;
        var timings = new Dictionary<string, double>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string phase)
        {
            timings[phase] = clock.Elapsed.TotalSeconds;
            clock.Restart();
        }
        var formal = org.PartitionAt(BreadthDepth);
        var metrics = PersonMetrics.Compute(ties, formal, ct, Lap);
        var roles = RoleDetector.Detect(metrics, out var thresholds);
        var visibility = new GroupVisibility(org, k);
        Lap("visibility");
        var n = org.PeopleCount;
        var edges = graph.EdgeCount;
        int[] informal;
        double informalQ, formalQ, nmi, ei, crossShare;
        if (edges == 0)
        {
            informal = new int[n];
            informalQ = formalQ = nmi = ei = crossShare = double.NaN;
        }
        else
        {
            var partition = Leiden.Detect(graph, seed: 11, cancellationToken: ct);
            Lap("leiden");
            informal = partition.Membership;
            informalQ = partition.Modularity;
            formalQ = Modularity.Compute(graph, formal);
            nmi = NormalizedMutualInformation.Compute(formal, informal);
            var eiResult = EIIndex.Compute(graph, formal);
            ei = eiResult.Index;
            crossShare = eiResult.External / (eiResult.External + eiResult.Internal);
        }
        var roleCounts = GroupStats.CountedRoles.ToDictionary(RoleNames.Of, r => roles.Count(x => (x & r) != 0));
        var summary = new OrganisationMetrics(
            n,
            edges,
            n < 2 ? double.NaN : edges / (n * (n - 1) / 2.0),
            n == 0 ? double.NaN : 2.0 * edges / n,
            n == 0 ? double.NaN : metrics.Breadth.Average(),
            crossShare,
            ei,
            formalQ,
            informalQ,
            edges == 0 ? 0 : informal.Max() + 1,
            nmi,
            roleCounts);
        Lap("organisation");
        return new NetworkInsights(org, ties, windowDays, windowEnd, metrics, roles, thresholds, visibility, formal, informal, summary)
        {
            Timings = timings,
        };
    }
}
