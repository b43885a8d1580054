using Mingle.Network;

namespace Mingle.Tests.Network;

public class KeepInTouchTests
{
    static NetworkEntry Entry(int? cadence, DateOnly? snoozedUntil = null) => new()
    {
        OwnerId = 1,
        PersonId = 2,
        CadenceDays = cadence,
        SnoozedUntil = snoozedUntil,
        CreatedAt = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void NoCadence_IsNeverDue() => Assert.Null(KeepInTouch.NextDue(Entry(null), new DateOnly(2026, 1, 2)));

    [Fact]
    public void Due_CadenceAfterLastInteraction_OrAfterAddingWhenNothingLogged()
    {
        Assert.Equal(new DateOnly(2026, 3, 3), KeepInTouch.NextDue(Entry(30), new DateOnly(2026, 2, 1)));
        Assert.Equal(new DateOnly(2026, 1, 31), KeepInTouch.NextDue(Entry(30), null));
    }

    [Fact]
    public void Snooze_PushesTheDateLater_NeverEarlier()
    {
        Assert.Equal(new DateOnly(2026, 4, 1), KeepInTouch.NextDue(Entry(30, new DateOnly(2026, 4, 1)), new DateOnly(2026, 2, 1)));
        Assert.Equal(new DateOnly(2026, 3, 3), KeepInTouch.NextDue(Entry(30, new DateOnly(2026, 2, 10)), new DateOnly(2026, 2, 1)));
    }
}
