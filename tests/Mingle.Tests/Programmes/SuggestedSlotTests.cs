using Mingle.Matching;
using Mingle.Programmes;

namespace Mingle.Tests.Programmes;

/// <summary>The suggested meeting slot lies in every member's working day (9:00–17:00 local), trios included.</summary>
public sealed class SuggestedSlotTests
{
    static readonly DateOnly Period = new(2026, 12, 7); // a Monday: the slot falls on Wednesday the 9th

    static CoffeeRoundRequest Request(params (int Id, int OffsetMinutes)[] people) =>
        new([.. people.Select(p => new CoffeeParticipant(p.Id, 1, p.Id, 0, p.OffsetMinutes, null, [], [], []))],
            Matching.CoffeeRoundPlannerTests.Density(), new HashSet<long>(), new CoffeeRules());

    [Fact]
    public void Pair_GetsTheMiddleOfTheirSharedHours()
    {
        // UTC (9–17 UTC) and UTC+3 (6–14 UTC) share 9:00–14:00 UTC: 300 minutes, slack 270 → 2 h in, rounded to 30 min.
        var slot = CoffeeRounds.SuggestedStart(Period, new CoffeeGroup([1, 2], 1, ""), Request((1, 0), (2, 180)));
        Assert.Equal(new DateTime(2026, 12, 9, 11, 0, 0, DateTimeKind.Utc), slot);
    }

    [Fact]
    public void Trio_GetsASlotInsideAllThreeWorkingDays()
    {
        // UTC 9–17, UTC+3 6–14 and UTC+6 3–11 (UTC): every two overlap by at least 2 h, all three only 9:00–11:00 UTC.
        // The first two alone would suggest 11:00 UTC, when the third has finished work.
        var slot = CoffeeRounds.SuggestedStart(Period, new CoffeeGroup([1, 2, 3], 1, ""), Request((1, 0), (2, 180), (3, 360)));
        Assert.Equal(new DateTime(2026, 12, 9, 9, 30, 0, DateTimeKind.Utc), slot);
        foreach (var offset in new[] { 0, 180, 360 })
        {
            var local = slot.AddMinutes(offset);
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(16.5)); // 30 minutes fit before 17:00
        }
    }
}
