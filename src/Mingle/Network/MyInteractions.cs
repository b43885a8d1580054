namespace Mingle.Network;

/// <summary>
/// The interactions that make up a person's own log: what they logged themselves plus what Mingle features recorded
/// with them (coffee matches, introductions, kudos). Imported collaboration metadata is organisational, not a personal
/// log, and someone else's logged interactions are theirs alone (privacy rule 2), even when they name me.
/// </summary>
public static class MyInteractions
{
    public static IQueryable<Interaction> VisibleTo(this IQueryable<Interaction> interactions, int me) =>
        interactions.Where(i =>
            (i.Source == InteractionSource.Logged && i.LoggedById == me)
            || (i.Source == InteractionSource.Platform && (i.FromPersonId == me || i.ToPersonId == me)));

    public static int OtherThan(this Interaction interaction, int me) =>
        interaction.FromPersonId == me ? interaction.ToPersonId : interaction.FromPersonId;
}
