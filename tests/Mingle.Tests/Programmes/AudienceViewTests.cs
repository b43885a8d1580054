using Mingle.Programmes;

namespace Mingle.Tests.Programmes;

public sealed class AudienceViewTests
{
    [Fact]
    public void Summary_NamesEveryDimensionThatIsSet()
    {
        var all = new AudienceView(false, [new(1, "Company/Engineering"), new(2, "Company/Data")], [new(7, "Lisbon")], 3, null);

        Assert.Equal("units Company/Engineering, Company/Data; locations Lisbon; levels 3–any", all.Summary());
        Assert.Equal("levels any–5", new AudienceView(false, [], [], null, 5).Summary());
        Assert.Equal("Everyone", new AudienceView(true, [], [], null, null).Summary());
    }
}
