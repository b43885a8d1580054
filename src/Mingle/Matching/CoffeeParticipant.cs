namespace Mingle.Matching;

/// <summary>
/// One opted-in person as the planner sees them. Ids are whatever the caller uses (database ids, or demo indexes)
/// as long as they are consistent: <see cref="Unit"/> is the person's own org unit (team), <see cref="Department"/>
/// its ancestor whose tie density is measured, <see cref="ManagerChain"/> the person's managers up to the top
/// (person ids), <see cref="Blocks"/> the people this person never wants to be matched with.
/// <see cref="MeetingsLeft"/> is what remains of the person's monthly load budget across all programmes.
/// </summary>
public sealed record CoffeeParticipant(
    int PersonId,
    int Unit,
    int Department,
    int Location,
    int UtcOffsetMinutes,
    int? Level,
    int[] ManagerChain,
    int[] Interests,
    int[] Blocks,
    int MeetingsLeft = int.MaxValue);
