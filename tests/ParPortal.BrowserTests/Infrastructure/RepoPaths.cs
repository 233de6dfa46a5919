namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>Folders of the repository the tests run from (found by walking up to ParPortal.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>test-results/screenshots under the repository root (git-ignored), created on first use.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(Root, "test-results", "screenshots")).FullName;

    public static string Recipes => Path.Combine(Root, "recipes");

    /// <summary>axe.min.js installed by npm ci (see the project file); never committed.</summary>
    public static string AxeScript => Path.Combine(Root, "tests", "ParPortal.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
