namespace Mingle.Graph.KCore;

/// <summary>
/// Core numbers (networkx <c>core_number</c>) by Batagelj–Zaversnik bucket sort, O(n + m). For directed graphs the
/// degree is in + out, as in networkx. Deliberate difference: networkx refuses graphs with self-loops; here they are
/// ignored (the same as removing them first).
/// </summary>
public static class CoreNumber
{
    public static int[] Compute(Graph g, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(g);
        var n = g.NodeCount;
        var outOff = g.OutOffsets;
        var outT = g.OutTargets;
        var inOff = g.InOffsets;
        var inT = g.InTargets;
        var directed = g.IsDirected;
        var deg = new int[n];
        var maxDeg = 0;
        for (var v = 0; v < n; v++)
        {
            var d = 0;
            for (var p = outOff[v]; p < outOff[v + 1]; p++) if (outT[p] != v) d++;
            if (directed)
                for (var p = inOff[v]; p < inOff[v + 1]; p++) if (inT[p] != v) d++;
            deg[v] = d;
            if (d > maxDeg) maxDeg = d;
        }
        // bin[d] = start of degree-d block in vert; pos[v] = v's slot in vert.
        var bin = new int[maxDeg + 2];
        foreach (var d in deg) bin[d + 1]++;
        for (var d = 1; d <= maxDeg + 1; d++) bin[d] += bin[d - 1];
        var vert = new int[n];
        var pos = new int[n];
        var fill = new int[maxDeg + 1];
        Array.Copy(bin, fill, maxDeg + 1);
        for (var v = 0; v < n; v++)
        {
            pos[v] = fill[deg[v]]++;
            vert[pos[v]] = v;
        }
        for (var i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var v = vert[i];
            for (var p = outOff[v]; p < outOff[v + 1]; p++) Decrement(v, outT[p], deg, bin, pos, vert);
            if (directed)
                for (var p = inOff[v]; p < inOff[v + 1]; p++) Decrement(v, inT[p], deg, bin, pos, vert);
        }
        return deg;
    }

    static void Decrement(int v, int u, int[] deg, int[] bin, int[] pos, int[] vert)
    {
        if (u == v || deg[u] <= deg[v]) return;
        var du = deg[u];
        var pu = pos[u];
        var pw = bin[du];
        var w = vert[pw];
        if (u != w)
        {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
        }
        bin[du]++;
        deg[u]--;
    }
}
