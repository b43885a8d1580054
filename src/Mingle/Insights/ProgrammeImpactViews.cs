namespace Mingle.Insights;

/// <summary>Programme impact for one window: one item per programme, estimates only where groups reach k.</summary>
public sealed record ProgrammeImpactReport(int WindowDays, int K, string Method, IReadOnlyList<ProgrammeImpact> Items);

/// <summary>
/// One programme's difference-in-differences. <see cref="Did"/>, <see cref="Low"/> and <see cref="High"/> repeat the
/// cross-unit ties outcome; <see cref="Outcomes"/> holds every outcome. Withheld items carry a reason and no figures.
/// </summary>
public sealed record ProgrammeImpact(int ProgrammeId, string Name, string Type, DateOnly? FirstRound, int WindowDays, bool Withheld,
    string? Reason, int? Participants, int? Comparison, int? Unmatched, double? Did, double? Low, double? High,
    IReadOnlyList<ImpactOutcome> Outcomes)
{
    public static ProgrammeImpact NotShown(int id, string name, string type, DateTime? anchor, int days, string reason) =>
        new(id, name, type, anchor is { } a ? DateOnly.FromDateTime(a) : null, days, true, reason, null, null, null, null, null, null, []);
}

/// <summary>Means per person before and after the first round, and the DiD with its 95 % interval.</summary>
public sealed record ImpactOutcome(string Outcome, double ParticipantsPre, double ParticipantsPost, double ComparisonPre,
    double ComparisonPost, double Did, double Low, double High)
{
    public static ImpactOutcome From(string outcome, DidResult r) =>
        new(outcome, R(r.ParticipantsPre), R(r.ParticipantsPost), R(r.ComparisonPre), R(r.ComparisonPost), R(r.Did), R(r.Low), R(r.High));

    static double R(double value) => Math.Round(value, 4);
}
