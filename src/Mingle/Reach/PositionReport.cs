namespace Mingle.Reach;

/// <summary>
/// My place in my own ego network (Burt's structural holes, computed by Mingle.Graph on me, my ties and the ties
/// among them that anyone may know: mutual connections, same team, manager/report). <see cref="EffectiveSize"/> is
/// how many non-redundant contacts I have; <see cref="Constraint"/> (0–1+) how much my contacts are tied to each
/// other (high = a closed, constraining network); <see cref="Density"/> the share of pairs of my contacts who are
/// tied. Null measures mean there is nothing to measure yet.
/// </summary>
public sealed record PositionReport(
    int Contacts,
    int TiesAmongContacts,
    double? Density,
    double? EffectiveSize,
    double? Constraint,
    IReadOnlyList<string> Explanation,
    IReadOnlyList<ReachSuggestion> WidenReach);

/// <summary>A unit where none of my contacts are: knowing someone there adds a new, non-redundant contact.</summary>
public sealed record ReachSuggestion(int UnitId, string Unit, int People);
