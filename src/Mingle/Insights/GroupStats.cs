namespace Mingle.Insights;

/// <summary>Aggregates of per-person measures over disjoint groups, in one pass over people and one over ties.</summary>
public sealed class GroupStats
{
    public static readonly NetworkRole[] CountedRoles =
        [NetworkRole.CentralConnector, NetworkRole.BoundarySpanner, NetworkRole.InformationBroker, NetworkRole.Peripheral, NetworkRole.Overloaded];

    GroupStats(GroupKey[] groups, int[] labels)
    {
        Groups = groups;
        Labels = labels;
        Size = new int[groups.Length];
        InternalTies = new long[groups.Length];
        ExternalTies = new long[groups.Length];
        BreadthSum = new long[groups.Length];
        RoleCounts = new int[groups.Length, CountedRoles.Length];
        EIIndex = new double[groups.Length];
    }

    public GroupKey[] Groups { get; }

    /// <summary>Group index per person, -1 outside every listed group.</summary>
    public int[] Labels { get; }

    public int[] Size { get; }

    public long[] InternalTies { get; }

    public long[] ExternalTies { get; }

    public long[] BreadthSum { get; }

    public int[,] RoleCounts { get; }

    public double[] EIIndex { get; }

    public double Density(int g) => Size[g] < 2 ? double.NaN : InternalTies[g] / (Size[g] * (Size[g] - 1) / 2.0);

    public double Breadth(int g) => Size[g] == 0 ? double.NaN : (double)BreadthSum[g] / Size[g];

    public double PeripheralShare(int g) => Size[g] == 0 ? double.NaN : (double)RoleCounts[g, 3] / Size[g];

    public static GroupStats Compute(NetworkInsights insights, GroupListing listing)
    {
        var org = insights.Org;
        var index = new Dictionary<GroupKey, int>();
        var keys = new List<GroupKey>();
        var labels = new int[org.PeopleCount];
        for (var p = 0; p < labels.Length; p++)
        {
            if (listing.GroupOf(org, p) is not { } key)
            {
                labels[p] = -1;
                continue;
            }
            if (!index.TryGetValue(key, out var g))
            {
                g = keys.Count;
                index[key] = g;
                keys.Add(key);
            }
            labels[p] = g;
        }
        var stats = new GroupStats([.. keys], labels);
        var m = insights.Metrics;
        for (var p = 0; p < labels.Length; p++)
        {
            var g = labels[p];
            if (g < 0) continue;
            stats.Size[g]++;
            stats.BreadthSum[g] += m.Breadth[p];
            for (var r = 0; r < CountedRoles.Length; r++)
                if ((insights.Roles[p] & CountedRoles[r]) != 0) stats.RoleCounts[g, r]++;
        }
        var graph = insights.Ties.Graph;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var gv = labels[v];
            if (gv < 0) continue;
            foreach (var u in graph.OutNeighbors(v))
            {
                if (labels[u] == gv)
                {
                    if (u > v) stats.InternalTies[gv]++;
                }
                else stats.ExternalTies[gv]++;
            }
        }
        // E-I per group from the graph library, everyone outside the listed groups sharing one extra label.
        var withRest = Array.ConvertAll(labels, l => l < 0 ? keys.Count : l);
        var ei = Graph.Assortativity.EIIndex.Compute(graph, withRest).GroupIndex;
        for (var g = 0; g < keys.Count; g++) stats.EIIndex[g] = ei[g];
        return stats;
    }

    /// <summary>Ties between every two listed groups (symmetric; the diagonal holds internal ties).</summary>
    public long[,] TieMatrix(NetworkInsights insights)
    {
        var n = Groups.Length;
        var matrix = new long[n, n];
        var graph = insights.Ties.Graph;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var gv = Labels[v];
            if (gv < 0) continue;
            foreach (var u in graph.OutNeighbors(v))
            {
                var gu = Labels[u];
                if (gu < 0 || u < v) continue;
                matrix[gv, gu]++;
                if (gu != gv) matrix[gu, gv]++;
            }
        }
        return matrix;
    }
}
