using ParPortal.Tests.Infrastructure;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>
/// A SQLite data folder with the demo recipes imported (database, media, search index), made once per test process and
/// copied into each <see cref="BrowserHost"/>'s own folder before it starts. Every host used to import the demo itself
/// (about 200 items with their PDFs and pictures, through the media pipeline: 14.5 s to ready for the Release site
/// against 4.2 s on an imported folder), and the browser suite starts about thirty hosts: the suite took 9 min 50 s
/// to 10 min 40 s on a 2-core machine, 8 min with the copies. Every host still gets its own copy, so what a test
/// writes is seen by no other test. The key ring (<c>keys/</c>) is not copied: each host makes its own, as on a fresh
/// import.
/// </summary>
internal static class DemoDataTemplate
{
    private static readonly Lazy<string> Folder = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the template into <paramref name="dataFolder"/> (an empty folder of a host not started yet).</summary>
    public static void CopyTo(string dataFolder) => CopyFolder(new DirectoryInfo(Folder.Value), dataFolder, top: true);

    private static string Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parportal-tests", "demo-template-" + Guid.NewGuid().ToString("N"));
        using (var factory = new TemplateFactory(folder))
        {
            // Starting the host runs the first-run set-up (the demo recipes) and waits until the search index is built.
            _ = factory.Services;
        }
        // The factory's disposal closed the index writer and SQLite's pooled connections (the last one checkpoints the WAL).
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the temp folder's cleaning.
            }
        };
        return folder;
    }

    private static void CopyFolder(DirectoryInfo source, string target, bool top)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            // write.lock: Lucene's writer lock (released, but the file may stay); -shm: SQLite rebuilds it.
            if (file.Name is not ("write.lock" or "parportal.db-shm"))
            {
                file.CopyTo(Path.Combine(target, file.Name));
            }
        }
        foreach (var directory in source.EnumerateDirectories())
        {
            if (!(top && directory.Name == "keys"))
            {
                CopyFolder(directory, Path.Combine(target, directory.Name), top: false);
            }
        }
    }

    /// <summary>The demo host that builds the template: SQLite whatever the test provider, its folder kept on dispose.</summary>
    private sealed class TemplateFactory(string folder) : ParPortalFactory(folder, sqliteOnly: true)
    {
        public override string[] Recipes => DemoFactory.DemoRecipes;
    }
}
