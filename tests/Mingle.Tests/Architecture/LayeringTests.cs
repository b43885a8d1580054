using System.Reflection;
using System.Xml.Linq;

namespace Mingle.Tests.Architecture;

/// <summary>Keeps the dependency direction Graph ← Core ← Web/Cli (DESIGN.md §1).</summary>
public class LayeringTests
{
    static readonly Assembly Graph = typeof(Mingle.Graph.Graph).Assembly;
    static readonly Assembly Core = typeof(Mingle.Data.MingleDb).Assembly;

    [Fact]
    public void Graph_ReferencesNothingOfOurs_AndNoPackages()
    {
        var ours = Graph.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Mingle", StringComparison.Ordinal)).ToList();
        Assert.Empty(ours);
        var project = XDocument.Load(Path.Combine(RepoRoot(), "src", "Mingle.Graph", "Mingle.Graph.csproj"));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.Empty(project.Descendants("PackageReference"));
    }

    [Fact]
    public void Core_DoesNotReferenceAspNetCore_WebOrCli()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r is "Mingle.Web" or "Mingle.Cli");
        var project = XDocument.Load(Path.Combine(RepoRoot(), "src", "Mingle", "Mingle.csproj"));
        Assert.DoesNotContain(project.Descendants("PackageReference"),
            p => ((string?)p.Attribute("Include"))!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(project.Descendants("ProjectReference"),
            p => ((string?)p.Attribute("Include"))!.Contains("Mingle.Web", StringComparison.Ordinal)
                || ((string?)p.Attribute("Include"))!.Contains("Mingle.Cli", StringComparison.Ordinal));
    }

    internal static string RepoRoot() =>
        Mingle.Data.DatabaseSettings.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Mingle.slnx not found above " + AppContext.BaseDirectory);
}
