using System.Text.Json;
using ParPortal.Quotas.Progress;

namespace ParPortal.Bench.QuotaBaseline;

/// <summary>A canonical JSON text of a progress, to compare two engines' results field by field.</summary>
internal static class QuotaBaselineCheck
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>
    /// Evidence lists are re-sorted by (published, id): the baseline sorted with an unstable sort, so items
    /// published in the same tick could come in any order there. Everything else is compared as produced.
    /// </summary>
    public static string Describe(PlanProgress progress)
    {
        var tasks = progress.Tasks.Select(t => t with
        {
            Evidence = Canonical(t.Evidence),
            Rules = t.Rules.Select(r => r with { Items = Canonical(r.Items) }).ToList(),
        }).ToList();
        return JsonSerializer.Serialize(progress with { Tasks = tasks }, Options);
    }

    private static List<CountedItem> Canonical(IReadOnlyList<CountedItem> items) =>
        items.OrderBy(i => i.PublishedAt).ThenBy(i => i.Id).ToList();
}
