namespace Mingle.Insights;

/// <summary>
/// Assigns Cross &amp; Prusak roles from <see cref="PersonMetrics"/>. Thresholds are relative to the organisation
/// (the top decile is the usual cut in organisational network analysis, so "central" means central here, whatever
/// the company's size or how much it logs) with absolute floors, so a sparse network does not call three ties central.
/// </summary>
public static class RoleDetector
{
    /// <summary>Top decile: Cross &amp; Prusak describe connectors and brokers as the few the network runs through.</summary>
    public const double TopShare = 0.10;

    /// <summary>A central connector has at least this many ties: with fewer, being in the top decile says little.</summary>
    public const int MinConnectorTies = 5;

    /// <summary>A boundary spanner has ties into at least this many other units (at the breadth level), and at least
    /// <see cref="MinSpannerExternalShare"/> of their ties leave their unit: one cross-team friend is not a bridge.</summary>
    public const int MinSpannerUnits = 3;

    public const double MinSpannerExternalShare = 0.25;

    /// <summary>A broker sits on many shortest paths (top decile of betweenness) while their contacts are not tied to
    /// each other (constraint at or below the median): high betweenness alone also picks up hubs inside dense teams.</summary>
    public const double BrokerMaxConstraintQuantile = 0.5;

    /// <summary>Peripheral: at most one tie in the window — outside the flow of information (Cross &amp; Prusak).</summary>
    public const int MaxPeripheralTies = 1;

    /// <summary>Overloaded: in the top decile of distinct colleagues coming for help or advice, and at least this many —
    /// about one new request-maker a fortnight over 90 days is what the literature treats as a load, not a favour.</summary>
    public const int MinOverloadSeekers = 6;

    public static NetworkRole[] Detect(PersonMetrics m, out RoleThresholds thresholds)
    {
        var n = m.Degree.Length;
        var roles = new NetworkRole[n];
        var connectorCut = Math.Max(MinConnectorTies, Quantile(m.Degree.Select(d => (double)d), 1 - TopShare));
        var betweennessCut = Quantile(m.Betweenness, 1 - TopShare);
        var constraintCut = Quantile(m.Constraint.Where(c => !double.IsNaN(c)), BrokerMaxConstraintQuantile);
        var overloadCut = Math.Max(MinOverloadSeekers, Quantile(m.HelpSeekers.Select(d => (double)d), 1 - TopShare));
        for (var v = 0; v < n; v++)
        {
            var r = NetworkRole.None;
            if (m.Degree[v] >= connectorCut) r |= NetworkRole.CentralConnector;
            if (m.Breadth[v] >= MinSpannerUnits && m.ExternalTies[v] >= MinSpannerExternalShare * m.Degree[v])
                r |= NetworkRole.BoundarySpanner;
            if (m.Betweenness[v] > 0 && m.Betweenness[v] >= betweennessCut && m.Constraint[v] <= constraintCut)
                r |= NetworkRole.InformationBroker;
            if (m.Degree[v] <= MaxPeripheralTies) r |= NetworkRole.Peripheral;
            if (m.HelpSeekers[v] >= overloadCut) r |= NetworkRole.Overloaded;
            roles[v] = r;
        }
        thresholds = new RoleThresholds(connectorCut, MinSpannerUnits, betweennessCut, constraintCut, MaxPeripheralTies, overloadCut);
        return roles;
    }

    /// <summary>Nearest-rank quantile (the smallest value with at least q of the values at or below it); 0 when empty.</summary>
    public static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0) return 0;
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(q * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

public sealed record RoleThresholds(double ConnectorMinTies, int SpannerMinUnits, double BrokerMinBetweenness,
    double BrokerMaxConstraint, int PeripheralMaxTies, double OverloadMinSeekers);
