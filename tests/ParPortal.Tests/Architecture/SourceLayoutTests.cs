using System.Text.RegularExpressions;

namespace ParPortal.Tests.Architecture;

/// <summary>The house rules of the source tree: namespaces follow folders, files stay small, and the architecture document is true.</summary>
public partial class SourceLayoutTests
{
    [Fact]
    public void EverySourceFile_DeclaresTheNamespaceOfItsFolder()
    {
        var wrong = new List<string>();
        foreach (var (project, rootNamespace) in Projects)
        {
            var root = Path.Combine(RepoRoot, project);
            foreach (var file in SourceFiles(root, "*.cs"))
            {
                var match = NamespaceLine().Match(File.ReadAllText(file));
                if (!match.Success)
                {
                    continue;
                }

                var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
                var expected = folder == "." ? rootNamespace : rootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
                if (match.Groups[1].Value != expected)
                {
                    wrong.Add($"{Path.GetRelativePath(RepoRoot, file)}: {match.Groups[1].Value}, expected {expected}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>Longest source file allowed: a file that grows past it holds more than one thing.</summary>
    private const int MaxLines = 300;

    private static readonly HashSet<string> Extensions = [".cs", ".cshtml", ".js", ".css", ".sh"];

    [Fact]
    public void EverySourceFile_StaysUnderTheLineLimit()
    {
        var large = new[] { "src", "themes", "tests", "bench", "tools" }
            .SelectMany(top => SourceFiles(Path.Combine(RepoRoot, top), "*.*"))
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Select(f => (Path: Path.GetRelativePath(RepoRoot, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.Path}: {f.Lines} lines")
            .ToList();

        Assert.Empty(large);
    }

    [Fact]
    public void ArchitectureDocument_NamesOnlyPathsThatExist()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot, "docs", "architecture.md"));
        var missing = DocumentedPath().Matches(text).Select(m => m.Groups[1].Value)
            .Where(p => !p.Contains('<', StringComparison.Ordinal))
            .Where(p => !File.Exists(Path.Combine(RepoRoot, p)) && !Directory.Exists(Path.Combine(RepoRoot, p)))
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    private static readonly (string Project, string Namespace)[] Projects =
        [("src/ParPortal", "ParPortal"), ("src/ParPortal.Core", "ParPortal")];

    /// <summary>Source files under a folder, leaving out build output, packages, generated migrations and vendored assets.</summary>
    private static IEnumerable<string> SourceFiles(string root, string pattern) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories).Where(f => !Excluded.Any(x => f.Contains(x, StringComparison.Ordinal)))
            : [];

    private static readonly string[] Excluded =
    [
        $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
        $"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}",
        $"wwwroot{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}",
    ];

    private static string RepoRoot { get; } = FindRoot();

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

    [GeneratedRegex(@"`((?:src|tests|themes|bench|tools|recipes)/[^`\s]+)`")]
    private static partial Regex DocumentedPath();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
