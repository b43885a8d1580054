using Mingle.Expertise;

namespace Mingle.Tests.Expertise;

public class TextTokensTests
{
    [Fact]
    public void Of_KeepsTechnologyNames_LowerCases_AndDropsStopWords()
    {
        var tokens = TextTokens.Of("Happy to help with C#, C++ and .NET upgrades — or **Kubernetes**.");

        Assert.Equal(["c#", "c++", "kubernetes", "net", "upgrades"], tokens.Order(StringComparer.Ordinal));
        Assert.Empty(TextTokens.Of("the and of"));
        Assert.Empty(TextTokens.Of(null));
    }

    [Fact]
    public void SortedSets_Intersect_IsTheCommonElements()
    {
        Assert.Equal([3, 7], SortedSets.Intersect([[1, 3, 5, 7, 9], [2, 3, 7, 8], [3, 4, 7]]));
        Assert.Empty(SortedSets.Intersect([[1, 2], [3, 4]]));
        Assert.Empty(SortedSets.Intersect([]));
    }
}
