using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using Mingle.Text;

namespace Mingle.Insights;

/// <summary>
/// Exports of aggregates only, under the same visibility rules as the API: a CSV of group metrics, and the unit
/// network (nodes = visible units sized by headcount, edges = tie density) as GraphML or GEXF for Gephi.
/// Every export is audit-logged.
/// </summary>
public sealed class InsightsExport(InsightsService insights)
{
    public async Task<string> CsvAsync(int? actor, string? window, string? level, int? locationId, CancellationToken ct)
    {
        var list = await insights.GroupsAsync(actor, window, level, locationId, ct);
        await insights.AuditAsync(actor, "export.csv", $"window={list.WindowDays}d level={list.Level} rows={list.Items.Count}", ct);
        return Csv(list);
    }

    public static string Csv(GroupInsightList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\r\n" }, leaveOpen: true))
        {
            csv.WriteRecord(["window_days", "level", "unit_id", "location_id", "band", "name", "path", "size", "density", "ei_index",
                "breadth", "peripheral_share", "internal_ties", "external_ties",
                .. GroupStats.CountedRoles.Select(r => RoleNames.Of(r))]);
            foreach (var item in list.Items)
            {
                // Names come from the HRIS, so a cell could start with "=": text cells are neutralised (rule 9).
                csv.WriteRecord([
                    I(list.WindowDays), SpreadsheetSafe.Cell(list.Level), I(item.UnitId), I(item.LocationId),
                    SpreadsheetSafe.Cell(item.Band), SpreadsheetSafe.Cell(item.Name), SpreadsheetSafe.Cell(item.Path), I(item.Size),
                    Number(item.Density), Number(item.EIIndex), Number(item.Breadth), Number(item.PeripheralShare),
                    I(item.InternalTies), I(item.ExternalTies),
                    .. GroupStats.CountedRoles.Select(r => I(item.Roles[RoleNames.Of(r)]))]);
            }
        }
        // The count of groups left out, never which ones or how big they are.
        writer.Write(FormattableString.Invariant($"# suppressed groups (fewer than {list.MinGroupSize} people or differencing): {list.Suppressed}\r\n"));
        return writer.ToString();
    }

    public async Task<string> UnitNetworkAsync(int? actor, string format, string? window, string? level, CancellationToken ct)
    {
        var days = InsightsWindow.Parse(window);
        var heatmap = await insights.HeatmapAsync(actor, $"{days}d", level, null, ct);
        await insights.AuditAsync(actor, "export." + format, $"window={days}d level={heatmap.Level} units={heatmap.Units.Count}", ct);
        return format == "gexf" ? Gexf(heatmap) : GraphMl(heatmap);
    }

    static IEnumerable<(int A, int B, double Density)> Edges(Heatmap map)
    {
        for (var a = 0; a < map.Units.Count; a++)
            for (var b = a + 1; b < map.Units.Count; b++)
                if (map.Density[a][b] is > 0 and var d) yield return (a, b, d);
    }

    public static string GraphMl(Heatmap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var sb = new StringBuilder();
        using (var x = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            x.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
            Key(x, "name", "node", "name", "string");
            Key(x, "size", "node", "size", "int");
            Key(x, "density", "node", "internal_density", "double");
            Key(x, "weight", "edge", "tie_density", "double");
            x.WriteStartElement("graph");
            x.WriteAttributeString("edgedefault", "undirected");
            for (var i = 0; i < map.Units.Count; i++)
            {
                x.WriteStartElement("node");
                x.WriteAttributeString("id", "u" + map.Units[i].UnitId.ToString(CultureInfo.InvariantCulture));
                Data(x, "name", map.Units[i].Name);
                Data(x, "size", map.Units[i].Size.ToString(CultureInfo.InvariantCulture));
                if (map.Density[i][i] is { } d) Data(x, "density", Number(d));
                x.WriteEndElement();
            }
            foreach (var (a, b, density) in Edges(map))
            {
                x.WriteStartElement("edge");
                x.WriteAttributeString("source", "u" + map.Units[a].UnitId.ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("target", "u" + map.Units[b].UnitId.ToString(CultureInfo.InvariantCulture));
                Data(x, "weight", Number(density));
                x.WriteEndElement();
            }
            x.WriteEndElement();
            x.WriteEndElement();
        }
        return sb.ToString();
    }

    public static string Gexf(Heatmap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var sb = new StringBuilder();
        using (var x = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            x.WriteStartElement("gexf", "http://gexf.net/1.3");
            x.WriteAttributeString("version", "1.3");
            x.WriteStartElement("graph");
            x.WriteAttributeString("defaultedgetype", "undirected");
            x.WriteStartElement("attributes");
            x.WriteAttributeString("class", "node");
            Attribute(x, "0", "size", "integer");
            Attribute(x, "1", "internal_density", "double");
            x.WriteEndElement();
            x.WriteStartElement("nodes");
            for (var i = 0; i < map.Units.Count; i++)
            {
                x.WriteStartElement("node");
                x.WriteAttributeString("id", "u" + map.Units[i].UnitId.ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("label", map.Units[i].Name);
                x.WriteStartElement("attvalues");
                AttValue(x, "0", map.Units[i].Size.ToString(CultureInfo.InvariantCulture));
                if (map.Density[i][i] is { } d) AttValue(x, "1", Number(d));
                x.WriteEndElement();
                x.WriteEndElement();
            }
            x.WriteEndElement();
            x.WriteStartElement("edges");
            var id = 0;
            foreach (var (a, b, density) in Edges(map))
            {
                x.WriteStartElement("edge");
                x.WriteAttributeString("id", (id++).ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("source", "u" + map.Units[a].UnitId.ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("target", "u" + map.Units[b].UnitId.ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("weight", Number(density));
                x.WriteEndElement();
            }
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteEndElement();
        }
        return sb.ToString();
    }

    static void Key(XmlWriter x, string id, string target, string name, string type)
    {
        x.WriteStartElement("key");
        x.WriteAttributeString("id", id);
        x.WriteAttributeString("for", target);
        x.WriteAttributeString("attr.name", name);
        x.WriteAttributeString("attr.type", type);
        x.WriteEndElement();
    }

    static void Data(XmlWriter x, string key, string value)
    {
        x.WriteStartElement("data");
        x.WriteAttributeString("key", key);
        x.WriteString(value);
        x.WriteEndElement();
    }

    static void Attribute(XmlWriter x, string id, string title, string type)
    {
        x.WriteStartElement("attribute");
        x.WriteAttributeString("id", id);
        x.WriteAttributeString("title", title);
        x.WriteAttributeString("type", type);
        x.WriteEndElement();
    }

    static void AttValue(XmlWriter x, string id, string value)
    {
        x.WriteStartElement("attvalue");
        x.WriteAttributeString("for", id);
        x.WriteAttributeString("value", value);
        x.WriteEndElement();
    }

    static string I(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
