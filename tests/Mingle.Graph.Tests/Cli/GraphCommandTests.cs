using System.CommandLine;
using Mingle.Cli.Graph;

namespace Mingle.Graph.Tests.Cli;

/// <summary>Runs <c>mingle graph …</c> in-process through System.CommandLine, on files written per test.</summary>
public sealed class GraphCommandTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("mingle-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    string File(string content, string name = "edges.csv")
    {
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    static async Task<(int Code, string Out, string Err)> Mingle(params string[] args)
    {
        var root = new RootCommand { GraphCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }

    const string Triangle = "source,target,weight\na,b,1\nb,c,2\nc,a,3\nc,d,0.5\n";

    [Fact]
    public async Task Degree_GoodInput_WritesNodeValueCsvToStdout()
    {
        var (code, stdout, stderr) = await Mingle("graph", "degree", "--input", File(Triangle));
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal("node,value\na,2\nb,2\nc,3\nd,1\n", stdout);
    }

    [Fact]
    public async Task Strength_Weighted_SumsWeightsWithRoundTripFormatting()
    {
        var (code, stdout, _) = await Mingle("graph", "strength", "--input", File(Triangle), "--weighted");
        Assert.Equal(0, code);
        Assert.Equal("node,value\na,4\nb,3\nc,5.5\nd,0.5\n", stdout);
    }

    [Fact]
    public async Task Betweenness_WithOutputFile_WritesFileAndNothingToStdout()
    {
        var output = Path.Combine(dir, "out.csv");
        var (code, stdout, _) = await Mingle("graph", "betweenness", "--input", File(Triangle), "--output", output);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        // c lies on every shortest path to d: 2 of the 3 pairs not involving c, normalised by (n−1)(n−2)/2 = 3.
        Assert.Equal("node,value\na,0\nb,0\nc,0.6666666666666666\nd,0\n", System.IO.File.ReadAllText(output));
    }

    [Fact]
    public async Task Components_Directed_LabelsWeakComponents()
    {
        var (code, stdout, _) = await Mingle("graph", "components", "--input", File("source,target\nx,y\nz,y\nu,v\n"), "--directed");
        Assert.Equal(0, code);
        Assert.Equal("node,community\nx,0\ny,0\nz,0\nu,1\nv,1\n", stdout);
    }

    [Fact]
    public async Task Louvain_PrintsModularityAsLastLine()
    {
        // Two triangles joined by one edge: the best split is the two triangles, Q = 5/14.
        var csv = "source,target\n1,2\n2,3\n3,1\n4,5\n5,6\n6,4\n3,4\n";
        var (code, stdout, _) = await Mingle("graph", "louvain", "--input", File(csv), "--seed", "3");
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("node,community", lines[0]);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("modularity,", lines[^1]);
        Assert.Equal(5.0 / 14, double.Parse(lines[^1]["modularity,".Length..], System.Globalization.CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public async Task Matching_PrintsPairsAndTotalWeight()
    {
        // Path a–b–c–d with weights 2, 3, 2: the best matching takes a–b and c–d (4), not b–c (3).
        var csv = "source,target,weight\na,b,2\nb,c,3\nc,d,2\n";
        var (code, stdout, _) = await Mingle("graph", "matching", "--input", File(csv), "--weighted");
        Assert.Equal(0, code);
        Assert.Equal("u,v,weight\na,b,2\nc,d,2\ntotal_weight,4\n", stdout);
    }

    [Theory]
    [InlineData("source,target,weight\na,b,1\nb,c,heavy\n", "--weighted", "line 3: weight 'heavy' is not a number")]
    [InlineData("source,weight\na,1\n", "--weighted", "line 1: missing column 'target'")]
    [InlineData("source,target\na,b\nc\n", "--directed", "line 3: expected 2 columns, found 1")]
    [InlineData("source,target\na,b\n", "--weighted", "line 1: missing column 'weight'")]
    [InlineData("", "--directed", "line 1: empty file")]
    [InlineData("source,target\n", "--directed", "line 2: no edges")]
    [InlineData("source,target\na,b\n,c\n", "--directed", "line 3: empty source")]
    public async Task BadInput_ExitsWith2AndNamesTheLine(string csv, string flag, string message)
    {
        var (code, stdout, stderr) = await Mingle("graph", "pagerank", "--input", File(csv), flag);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task MissingFile_ExitsWith2()
    {
        var (code, _, stderr) = await Mingle("graph", "degree", "--input", Path.Combine(dir, "nope.csv"));
        Assert.Equal(2, code);
        Assert.Contains("cannot read", stderr);
    }

    [Fact]
    public async Task UnknownMeasure_IsRejectedByTheParser()
    {
        var (code, _, _) = await Mingle("graph", "centrality", "--input", File(Triangle));
        Assert.NotEqual(0, code);
    }

    [Fact]
    public async Task QuotedKeys_AreReadAndWrittenBack()
    {
        var (code, stdout, _) = await Mingle("graph", "degree", "--input", File("source,target\n\"Smith, Ann\",\"O\"\"Neil\"\n"));
        Assert.Equal(0, code);
        Assert.Equal("node,value\n\"Smith, Ann\",1\n\"O\"\"Neil\",1\n", stdout);
    }
}
