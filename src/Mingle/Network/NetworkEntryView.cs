using Mingle.People;

namespace Mingle.Network;

/// <summary>
/// A row of "My network"; <see cref="Kind"/> is "contact" or "connection". <see cref="TieStrength"/> is explained on <see cref="Network.TieStrength"/>;
/// <see cref="NextDue"/> is null without a cadence.
/// </summary>
public sealed record NetworkEntryView(
    PersonSummary Person,
    string Kind,
    IReadOnlyList<string> Tags,
    DateOnly? LastInteraction,
    double TieStrength,
    int? CadenceDays,
    DateOnly? SnoozedUntil,
    DateOnly? NextDue,
    bool Overdue);
