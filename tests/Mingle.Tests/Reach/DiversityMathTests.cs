using Mingle.Reach;

namespace Mingle.Tests.Reach;

public class DiversityMathTests
{
    [Fact]
    public void NormalisedEntropy_HandComputedCases()
    {
        // Everyone in one group: no spread.
        Assert.Equal(0, DiversityMath.NormalisedEntropy([4], 3));
        // Evenly over every group the organisation has: 1.
        Assert.Equal(1, DiversityMath.NormalisedEntropy([2, 2, 2], 3), 12);
        // Shares 2/3, 1/3 of K = 3 groups: −(2/3 ln 2/3 + 1/3 ln 1/3) / ln 3 = 0.636514 / 1.098612 = 0.579380.
        Assert.Equal(0.579380, DiversityMath.NormalisedEntropy([2, 1], 3), 6);
        // Even over 2 of 4 groups: ln 2 / ln 4 = 0.5.
        Assert.Equal(0.5, DiversityMath.NormalisedEntropy([3, 0, 3], 4), 12);
        Assert.Equal(0, DiversityMath.NormalisedEntropy([], 3));
        Assert.Equal(0, DiversityMath.NormalisedEntropy([5], 1));
    }

    [Fact]
    public void Blau_HandComputedCases()
    {
        Assert.Equal(0, DiversityMath.Blau([7]));
        Assert.Equal(4.0 / 9, DiversityMath.Blau([2, 1]), 12); // 1 − (4/9 + 1/9)
        Assert.Equal(0.75, DiversityMath.Blau([1, 1, 1, 1]), 12);
        Assert.Equal(0, DiversityMath.Blau([]));
    }
}
