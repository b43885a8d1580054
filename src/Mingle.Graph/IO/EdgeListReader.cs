using System.Globalization;

namespace Mingle.Graph.IO;

/// <summary>
/// Reads an edge-list CSV — header <c>source,target</c> or <c>source,target,weight</c> (any column order, extra
/// columns ignored, names case-insensitive) — into a <see cref="Graph"/> with string node keys. Built for large
/// files: it parses a big char buffer in place and looks node keys up by span, so a known key costs no allocation.
/// Fields may be double-quoted ("" escapes a quote). Blank lines are skipped. Problems raise
/// <see cref="EdgeListFormatException"/> with the 1-based line number.
/// </summary>
public static class EdgeListReader
{
    public static Graph ReadFile(string path, bool directed, bool weighted, bool dropSelfLoops = false,
        CancellationToken ct = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
            FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        return Read(reader, directed, weighted, dropSelfLoops, ct);
    }

    public static Graph Read(TextReader reader, bool directed, bool weighted, bool dropSelfLoops = false,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new GraphBuilder(directed, weighted) { DropSelfLoops = dropSelfLoops };
        var parser = new Parser(builder, weighted);
        var buffer = new char[1 << 20];
        var filled = 0;
        while (true)
        {
            var read = reader.Read(buffer, filled, buffer.Length - filled);
            var end = filled + read;
            var start = 0;
            var eof = read == 0;
            while (true)
            {
                var nl = buffer.AsSpan(start, end - start).IndexOf('\n');
                if (nl < 0)
                {
                    if (eof && start < end) parser.Line(buffer.AsSpan(start, end - start));
                    break;
                }
                parser.Line(buffer.AsSpan(start, nl));
                start += nl + 1;
            }
            if (eof) break;
            ct.ThrowIfCancellationRequested();
            // Keep the partial last line; grow the buffer when one line fills it.
            var rest = end - start;
            if (rest == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            else Array.Copy(buffer, start, buffer, 0, rest);
            filled = rest;
        }
        return parser.Finish();
    }

    sealed class Parser(GraphBuilder builder, bool weighted)
    {
        long line;
        bool header = true;
        int sourceCol = -1, targetCol = -1, weightCol = -1, needed;
        long edges;

        public void Line(ReadOnlySpan<char> text)
        {
            line++;
            if (text.Length > 0 && text[^1] == '\r') text = text[..^1];
            if (line == 1 && text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            if (text.IsWhiteSpace())
            {
                if (header) throw new EdgeListFormatException(line, "empty header; expected 'source,target[,weight]'");
                return;
            }
            if (header)
            {
                Header(text);
                return;
            }
            int col = 0, src = -1, tgt = -1;
            double w = 1;
            var pos = 0;
            while (pos <= text.Length && col < needed)
            {
                var field = NextField(text, ref pos);
                if (col == sourceCol) src = Node(field, "source");
                else if (col == targetCol) tgt = Node(field, "target");
                else if (col == weightCol) w = Weight(field);
                col++;
            }
            if (col < needed)
                throw new EdgeListFormatException(line, $"expected {needed} columns, found {col}");
            builder.AddEdgeBetween(src, tgt, w);
            edges++;
        }

        void Header(ReadOnlySpan<char> text)
        {
            header = false;
            var pos = 0;
            var col = 0;
            while (pos <= text.Length)
            {
                var name = NextField(text, ref pos).Trim();
                if (name.Equals("source", StringComparison.OrdinalIgnoreCase)) sourceCol = col;
                else if (name.Equals("target", StringComparison.OrdinalIgnoreCase)) targetCol = col;
                else if (name.Equals("weight", StringComparison.OrdinalIgnoreCase)) weightCol = col;
                col++;
            }
            if (sourceCol < 0) throw new EdgeListFormatException(line, "missing column 'source' in the header");
            if (targetCol < 0) throw new EdgeListFormatException(line, "missing column 'target' in the header");
            if (weighted && weightCol < 0)
                throw new EdgeListFormatException(line, "missing column 'weight' in the header (needed for a weighted graph)");
            if (!weighted) weightCol = -1;
            needed = Math.Max(sourceCol, Math.Max(targetCol, weightCol)) + 1;
        }

        int Node(ReadOnlySpan<char> field, string what)
        {
            if (field.IsEmpty) throw new EdgeListFormatException(line, $"empty {what}");
            return builder.AddNode(field);
        }

        double Weight(ReadOnlySpan<char> field)
        {
            if (!double.TryParse(field.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w))
                throw new EdgeListFormatException(line, $"weight '{field.ToString()}' is not a number");
            return w;
        }

        /// <summary>Next comma-separated field at <paramref name="pos"/>; moves pos past the comma (or past the end).</summary>
        ReadOnlySpan<char> NextField(ReadOnlySpan<char> text, ref int pos)
        {
            if (pos >= text.Length)
            {
                pos = text.Length + 1;
                return [];
            }
            if (text[pos] == '"') return Quoted(text, ref pos);
            var rest = text[pos..];
            var comma = rest.IndexOf(',');
            if (comma < 0)
            {
                pos = text.Length + 1;
                return rest;
            }
            pos += comma + 1;
            return rest[..comma];
        }

        ReadOnlySpan<char> Quoted(ReadOnlySpan<char> text, ref int pos)
        {
            var sb = new System.Text.StringBuilder();
            var i = pos + 1;
            while (true)
            {
                if (i >= text.Length) throw new EdgeListFormatException(line, "unterminated quoted field");
                if (text[i] == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        sb.Append('"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                sb.Append(text[i++]);
            }
            if (i < text.Length && text[i] != ',') throw new EdgeListFormatException(line, "text after a closing quote");
            pos = i + 1;
            return sb.ToString(); // a span over a string keeps the string alive, so returning it is safe
        }

        public Graph Finish()
        {
            if (line == 0) throw new EdgeListFormatException(1, "empty file; expected a header 'source,target[,weight]'");
            if (header) throw new EdgeListFormatException(1, "empty header; expected 'source,target[,weight]'");
            if (edges == 0) throw new EdgeListFormatException(2, "no edges after the header");
            return builder.Build();
        }
    }
}
