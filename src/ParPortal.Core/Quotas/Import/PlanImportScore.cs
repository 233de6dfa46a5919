using System.Globalization;
using ParPortal.Quotas.Model;
using ParPortal.Text;

namespace ParPortal.Quotas.Import;

/// <summary>
/// How close an imported plan is to a plan encoded by hand: task recall (the expected tasks found), rule accuracy
/// (the expected rules reproduced exactly: kind, window or due date, minimum, document kinds, size of the unit set,
/// coverage percent), reporting periods, and extra rules the importer added. Topics, content types and the
/// linked-only flag are editorial choices the office makes in the editor and are not scored.
/// </summary>
public sealed record PlanImportScore(
    int ExpectedTasks, int FoundTasks, int ExpectedRules, int RightRules, int ExtraRules, int ExpectedPeriods, int RightPeriods,
    IReadOnlyList<string> Misses)
{
    public double TaskRecall => ExpectedTasks == 0 ? 1 : (double)FoundTasks / ExpectedTasks;

    public double RuleAccuracy => ExpectedRules == 0 ? 1 : (double)RightRules / ExpectedRules;

    public static PlanImportScore Compare(PlanDefinition expected, PlanDefinition actual)
    {
        var misses = new List<string>();
        var pairs = MatchTasks(expected, actual);
        var found = pairs.Count;
        foreach (var task in expected.Tasks.Where(t => !pairs.ContainsKey(t)))
        {
            misses.Add($"task {task.Code} not found: {Short(task.Content)}");
        }

        int expectedRules = 0, right = 0, extra = 0;
        foreach (var task in expected.Tasks)
        {
            expectedRules += task.Rules.Count;
            if (!pairs.TryGetValue(task, out var other))
            {
                continue;
            }

            var remaining = other.Rules.Select(r => Signature(r, actual)).ToList();
            foreach (var rule in task.Rules)
            {
                var signature = Signature(rule, expected);
                if (remaining.Remove(signature))
                {
                    right++;
                }
                else
                {
                    misses.Add($"task {task.Code}: rule {signature} not reproduced (got {string.Join(" | ", other.Rules.Select(r => Signature(r, actual)))})");
                }
            }

            extra += remaining.Count;
        }

        var periods = actual.ReportingPeriods.Select(p => PeriodSignature(p, actual.Year)).ToList();
        var rightPeriods = 0;
        foreach (var period in expected.ReportingPeriods)
        {
            var signature = PeriodSignature(period, expected.Year);
            if (periods.Remove(signature))
            {
                rightPeriods++;
            }
            else
            {
                misses.Add($"period {signature} not reproduced");
            }
        }

        return new PlanImportScore(expected.Tasks.Count, found, expectedRules, right, extra, expected.ReportingPeriods.Count, rightPeriods, misses);
    }

    /// <summary>Numbered tasks by code; the rest by the words of their content (most shared words first).</summary>
    private static Dictionary<PlanTask, PlanTask> MatchTasks(PlanDefinition expected, PlanDefinition actual)
    {
        var pairs = new Dictionary<PlanTask, PlanTask>(ReferenceEqualityComparer.Instance);
        var free = actual.Tasks.ToList();
        foreach (var task in expected.Tasks.Where(t => !t.Unnumbered))
        {
            if (free.FirstOrDefault(a => !a.Unnumbered && a.Code == task.Code) is { } same)
            {
                pairs[task] = same;
                free.Remove(same);
            }
        }

        var candidates = new List<(double Score, PlanTask Expected, PlanTask Actual)>();
        foreach (var task in expected.Tasks.Where(t => !pairs.ContainsKey(t)))
        {
            var words = Words(task.Content);
            foreach (var other in free)
            {
                var score = Similarity(words, Words(other.Content));
                if (score >= 0.6)
                {
                    candidates.Add((score, task, other));
                }
            }
        }

        foreach (var (_, task, other) in candidates.OrderByDescending(c => c.Score))
        {
            if (!pairs.ContainsKey(task) && free.Remove(other))
            {
                pairs[task] = other;
            }
        }

        return pairs;
    }

    /// <summary>Share of the shorter text's words found in the other (a paraphrase that shortens still matches).</summary>
    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / Math.Min(a.Count, b.Count);

    private static HashSet<string> Words(string text) => VietnameseText.FoldedTokens(text).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);

    /// <summary>What must agree for a rule to be right.</summary>
    public static string Signature(QuotaRule rule, PlanDefinition plan) => rule switch
    {
        CountRule c => $"count min {c.Min} {Window(c.Window, plan)} {Kinds(c.DocumentKinds)}",
        PerUnitRule p => $"perUnit min {p.Min} x{p.UnitSet.Count} {Window(p.Window, plan)} {Kinds(p.DocumentKinds)}",
        DeliverableRule d => $"deliverable {Day(d.NotBefore ?? new DateOnly(plan.Year, 1, 1))}..{Day(d.DueDate)} {Kinds(d.DocumentKinds)}",
        CoverageRule v => string.Create(CultureInfo.InvariantCulture, $"coverage {v.Percent}% {Window(v.Window, plan)}"),
        RegularRule r => $"regular {Window(r.Window, plan)}",
        _ => rule.KindName,
    };

    private static string Window(QuotaWindow window, PlanDefinition plan) => window.Kind == WindowKind.PeriodDue
        ? $"[{window.Period} -{window.DaysBefore ?? 0}d]"
        : window.Resolve(plan) is { } r ? $"[{Day(r.Start)}..{Day(r.End)}]" : "[?]";

    private static string PeriodSignature(ReportingPeriod period, int year)
    {
        var window = period.Window.Resolve(year) is { } r ? $"{Day(r.Start)}..{Day(r.End)}" : "?";
        var due = period.DueDate is { } d ? Day(d)
            : period.DueRule is { } rule ? $"{rule.Anchor}:{rule.Day}:{rule.Before}:{rule.DaysBefore}"
            : "none";
        return $"{period.Label} {window} due {due}";
    }

    private static string Kinds(IReadOnlyList<string> kinds) => kinds.Count == 0 ? string.Empty : "{" + string.Join(",", kinds.Order(StringComparer.Ordinal)) + "}";

    private static string Day(DateOnly day) => day.ToString("MM-dd", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
