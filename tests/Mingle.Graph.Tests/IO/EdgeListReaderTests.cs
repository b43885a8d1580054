using Mingle.Graph.IO;

namespace Mingle.Graph.Tests.IO;

public class EdgeListReaderTests
{
    static Graph Read(string csv, bool directed = false, bool weighted = false) =>
        EdgeListReader.Read(new StringReader(csv), directed, weighted);

    [Fact]
    public void Read_CrLfAndExtraColumnsAndReorderedHeader_Works()
    {
        var g = Read("weight,note,Target,SOURCE\r\n2.5,x,b,a\r\n1,y,c,a\r\n", directed: true, weighted: true);
        Assert.Equal(3, g.NodeCount);
        Assert.True(g.TryGetNode("a", out var a));
        Assert.Equal(2, g.OutDegree(a));
        Assert.Equal(2.5f, g.OutWeights(a)[0]);
    }

    [Fact]
    public void Read_ParallelEdges_SumWeights()
    {
        var g = Read("source,target,weight\na,b,1\nb,a,2.25\n", weighted: true);
        Assert.Equal(1, g.EdgeCount);
        Assert.Equal(3.25f, g.OutWeights(0)[0]);
    }

    [Fact]
    public void Read_UnweightedIgnoresWeightColumn()
    {
        var g = Read("source,target,weight\na,b,oops\n");
        Assert.False(g.IsWeighted);
    }

    [Fact]
    public void Read_NonFiniteWeight_IsRejectedWithLine()
    {
        var e = Assert.Throws<EdgeListFormatException>(() => Read("source,target,weight\na,b,1\n\nb,c,NaN\n", weighted: true));
        Assert.Equal(4, e.LineNumber);
    }

    [Fact]
    public void Read_LongFileAcrossBufferBoundaries_KeepsEveryEdge()
    {
        var sb = new System.Text.StringBuilder("source,target,weight\n");
        for (var i = 0; i < 200_000; i++) sb.Append("node").Append(i).Append(",node").Append(i + 1).Append(",1\n");
        var g = Read(sb.ToString(), weighted: true);
        Assert.Equal(200_001, g.NodeCount);
        Assert.Equal(200_000, g.EdgeCount);
    }
}
