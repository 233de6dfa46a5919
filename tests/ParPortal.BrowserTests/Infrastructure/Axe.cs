using System.Text.Json;
using Microsoft.Playwright;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (from npm, see package.json) in the page and reports violations by impact.</summary>
public static class Axe
{
    private const string Run = """
        async () => {
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
        }
        """;

    /// <summary>One rule broken on the page, with the CSS selectors of the offending nodes.</summary>
    public sealed record Violation(string Id, string Impact, string Help, string[] Targets)
    {
        public override string ToString() => $"{Id} ({Impact}): {Help}\n    " + string.Join("\n    ", Targets);
    }

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(RepoPaths.AxeScript), $"axe-core missing at {RepoPaths.AxeScript}: run npm ci in tests/ParPortal.BrowserTests (the build does it).");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated rather than added as a script tag, which the site's Content-Security-Policy (rightly) refuses.
            await page.EvaluateAsync(await File.ReadAllTextAsync(RepoPaths.AxeScript));
        }

        var json = await page.EvaluateAsync<JsonElement>(Run);
        return json.Deserialize<Violation[]>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Fails on any violation of impact serious or critical, listing rule ids and targets.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var serious = (await ViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {page.Url}: {serious.Count} serious/critical violation(s)\n" + string.Join("\n", serious));
    }
}
