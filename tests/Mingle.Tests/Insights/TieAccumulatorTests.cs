using Mingle.Insights;
using Mingle.Network;

namespace Mingle.Tests.Insights;

public class TieAccumulatorTests
{
    static TieSet Build(Action<TieAccumulator> add, InsightsOptions? options = null)
    {
        var acc = new TieAccumulator(6, 90, options ?? new InsightsOptions());
        add(acc);
        return acc.Build();
    }

    static float Weight(TieSet ties, int a, int b)
    {
        var neighbours = ties.Graph.OutNeighbors(a);
        var i = neighbours.IndexOf(b);
        return i < 0 ? 0 : ties.Graph.OutWeights(a)[i];
    }

    [Fact]
    public void TwoInteractionsWithinFourWeeks_MakeATie_WeightedByRecency()
    {
        var ties = Build(acc =>
        {
            acc.AddInteraction(0, 1, 0, InteractionType.Meeting);
            acc.AddInteraction(1, 0, 15, InteractionType.Message);
        });
        // 0.5^(0/30) + 0.5^(15/30) = 1.7071; direction does not matter.
        Assert.Equal(1.70711f, Weight(ties, 0, 1), 4);
        Assert.Equal(1.70711f, Weight(ties, 1, 0), 4);
        Assert.Equal(1, ties.Ties);
    }

    [Fact]
    public void InteractionsFourWeeksOrMoreApart_OrASingleOne_AreNoTie()
    {
        var ties = Build(acc =>
        {
            acc.AddInteraction(0, 1, 0, InteractionType.Meeting);
            acc.AddInteraction(0, 1, 28, InteractionType.Meeting);
            acc.AddInteraction(2, 3, 5, InteractionType.Coffee);
        });
        Assert.Equal(0, ties.Ties);
        Assert.Equal(0, ties.Graph.EdgeCount);
    }

    [Fact]
    public void ThresholdIsConfigurable()
    {
        var strict = Build(acc =>
        {
            acc.AddInteraction(0, 1, 0, InteractionType.Meeting);
            acc.AddInteraction(0, 1, 6, InteractionType.Meeting);
        }, new InsightsOptions { TieMinInteractions = 3 });
        Assert.Equal(0, strict.Ties);
        var loose = Build(acc => acc.AddInteraction(0, 1, 40, InteractionType.Meeting), new InsightsOptions { TieMinInteractions = 1 });
        Assert.Equal(1, loose.Ties);
    }

    [Fact]
    public void MutualConnection_IsATieOnItsOwn_AndAddsToInteractions()
    {
        var ties = Build(acc =>
        {
            acc.AddConnection(4, 5);
            acc.AddConnection(0, 1);
            acc.AddInteraction(0, 1, 0, InteractionType.Meeting);
            acc.AddInteraction(0, 1, 1, InteractionType.Meeting);
        });
        Assert.Equal(2, ties.Ties);
        Assert.Equal(1f, Weight(ties, 4, 5), 5);
        Assert.Equal((float)(1 + 1 + Math.Pow(0.5, 1 / 30.0)), Weight(ties, 0, 1), 5);
    }

    [Fact]
    public void HelpSeekers_CountDistinctPeopleWhoCameForHelp()
    {
        var ties = Build(acc =>
        {
            acc.AddInteraction(0, 1, 0, InteractionType.HelpGiven); // 0 helped 1
            acc.AddInteraction(0, 1, 2, InteractionType.Advice); // again the same person
            acc.AddInteraction(2, 0, 2, InteractionType.HelpReceived); // 2 logged: 0 helped me
            acc.AddInteraction(0, 3, 2, InteractionType.Meeting); // not help
        });
        Assert.Equal([2, 0, 0, 0, 0, 0], ties.HelpSeekers);
    }
}
