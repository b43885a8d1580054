namespace Mingle.Network;

/// <summary>
/// A dated event between two people, the raw material for ties. Imported collaboration metadata carries a
/// count (e.g. 7 messages that day); logged interactions belong to the person who logged them (privacy rule 2).
/// </summary>
public sealed class Interaction
{
    public long Id { get; set; }

    public int FromPersonId { get; set; }

    public int ToPersonId { get; set; }

    public InteractionType Type { get; set; }

    /// <summary>Mutual (a meeting) or one way from → to (a message, help given by From to To).</summary>
    public InteractionDirection Direction { get; set; }

    public DateTime OccurredAt { get; set; }

    public int Count { get; set; } = 1;

    public InteractionSource Source { get; set; }

    /// <summary>Set for logged interactions: only this person may read it.</summary>
    public int? LoggedById { get; set; }

    public string? Note { get; set; }

    public static InteractionDirection DefaultDirection(InteractionType type) => type switch
    {
        InteractionType.Message or InteractionType.Help or InteractionType.HelpGiven or InteractionType.HelpReceived
            or InteractionType.Advice or InteractionType.Introduction or InteractionType.Kudos => InteractionDirection.FromTo,
        _ => InteractionDirection.Mutual,
    };
}
