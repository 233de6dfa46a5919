using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParPortal.Tests.Architecture;

public partial class SourceLayoutTests
{
    /// <summary>
    /// Every UI string written as <c>T["…"]</c> (or <c>T("…")</c>) in the module and the theme has its English in the one table
    /// (Features/Localization/en.json): a missing one shows Vietnamese on an English page, and nothing else notices
    /// (the document list's keyword label and 22 admin strings did).
    /// </summary>
    [Fact]
    public void EveryLocalizedString_HasItsEnglish()
    {
        var table = JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(RepoRoot, "src", "ParPortal", "Features", "Localization", "en.json")))!;
        var missing = new[] { Path.Combine(RepoRoot, "src", "ParPortal"), Path.Combine(RepoRoot, "themes") }
            .SelectMany(root => SourceFiles(root, "*.cs*").Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
            .SelectMany(file => LocalizedLiteral().Matches(File.ReadAllText(file)).Select(m => (File: file, Key: m.Groups[1].Value)))
            .Where(x => !table.ContainsKey(x.Key))
            .Select(x => $"{Path.GetRelativePath(RepoRoot, x.File)}: {x.Key}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "No English for:\n" + string.Join('\n', missing));
    }

    /// <summary>
    /// A literal key, as <c>T["…"]</c>, <c>T.GetString("…")</c> or a page model's <c>T("…")</c> (keys with escapes or
    /// built at run time are not checked).
    /// </summary>
    [GeneratedRegex(@"\bT(?:\[|\.GetString\(|\()""([^""\\]+)""")]
    private static partial Regex LocalizedLiteral();
}
