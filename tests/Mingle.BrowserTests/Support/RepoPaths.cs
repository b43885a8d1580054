namespace Mingle.BrowserTests;

internal static class RepoPaths
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mingle.slnx"))) return dir.FullName;
        return Path.GetTempPath();
    }
}
