using FsCheck.Xunit;
using Mingle.Network;

namespace Mingle.Tests.Network;

public class TieStrengthTests
{
    static readonly DateOnly Today = new(2026, 11, 23);

    static DateTime DaysAgo(int days) => Today.AddDays(-days).ToDateTime(new TimeOnly(15, 30), DateTimeKind.Utc);

    [Fact]
    public void HandComputed_HalvesEveryThirtyDays_AndWeighsByCount()
    {
        // 1 (today) + 0.5 (30 days) + 2 × 0.125 (90 days, count 2) = 1.75
        var strength = TieStrength.Of([(DaysAgo(0), 1), (DaysAgo(30), 1), (DaysAgo(90), 2)], Today);
        Assert.Equal(1.75, strength, 3);
    }

    [Fact]
    public void NoInteractions_IsZero_AndFutureDatesCountAsToday()
    {
        Assert.Equal(0, TieStrength.Of([], Today));
        Assert.Equal(1, TieStrength.Of([(DaysAgo(-3), 1)], Today));
    }

    [Property]
    public bool OlderInteractions_NeverWeighMore(byte a, byte b)
    {
        var (newer, older) = a <= b ? (a, b) : (b, a);
        return TieStrength.Of([(DaysAgo(older), 1)], Today) <= TieStrength.Of([(DaysAgo(newer), 1)], Today);
    }

    [Property]
    public bool AddingAnInteraction_NeverWeakensATie(byte[] ages, byte extra)
    {
        var before = ages.Select(d => (DaysAgo(d), 1)).ToList();
        var after = before.Append((DaysAgo(extra), 1)).ToList();
        return TieStrength.Of(after, Today) >= TieStrength.Of(before, Today);
    }
}
