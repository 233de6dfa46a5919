using System.Text.RegularExpressions;
using ParPortal.Features.Plans.Reports;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Features.Plans;

/// <summary>
/// Turns one computed progress, and what the office wrote for that report (<see cref="PlanReportNarrative"/>), into
/// the <see cref="PlanReport"/> that the .docx and .xlsx writers print. Pure: the same progress and narrative always
/// give the same report, so a report re-made later for a past as-of date reads the same. Evidence is listed by its
/// public title and date: a report goes to another body, which cannot open the admin.
/// </summary>
public static partial class PlanReportBuilder
{
    /// <summary>The label used when the report covers the whole plan rather than one reporting period.</summary>
    public const string WholePlanLabel = "Cả năm";

    public static PlanReport Build(PlanProgressResult result, PlanReportNarrative? narrative = null) =>
        Build(result.Progress, result.Plan.Definition, result.Period?.Label, result.Input.Units, narrative);

    public static PlanReport Build(
        PlanProgress progress, PlanDefinition plan, string? periodLabel, IReadOnlyList<QuotaUnit> units, PlanReportNarrative? narrative = null)
    {
        var unitNames = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var groupTitles = plan.Groups.ToDictionary(g => g.Code, g => g.Title, StringComparer.Ordinal);
        var tasks = plan.Tasks.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var counts = progress.StatusCounts;
        int Count(QuotaStatus s) => counts.TryGetValue(s, out var n) ? n : 0;
        var window = progress.PeriodWindow ?? new DateRange(new DateOnly(progress.Year, 1, 1), new DateOnly(progress.Year, 12, 31));
        var period = periodLabel ?? $"{WholePlanLabel} {plan.Year}";
        var planNumber = HasNumber().IsMatch(plan.Number) ? plan.Number.Trim() : string.Empty;
        var agency = unitNames.GetValueOrDefault(plan.IssuingUnit) ?? plan.IssuingUnit;
        var parent = units.FirstOrDefault(u => u.Code == plan.IssuingUnit)?.ParentCode is { } p ? unitNames.GetValueOrDefault(p) : null;
        return new PlanReport
        {
            Superior = (narrative?.Superior is { Length: > 0 } superior ? superior : parent ?? string.Empty).ToUpperInvariant(),
            Agency = agency,
            Number = narrative?.Number is { Length: > 0 } number ? number : "      /BC-" + Suffix(plan.Number),
            Place = plan.Place ?? string.Empty,
            ReportDate = narrative?.ReportDate ?? progress.AsOf,
            Subject = $"Kết quả thực hiện {plan.Title}{(planNumber.Length > 0 ? $" (số {planNumber})" : string.Empty)}, kỳ {Lower(period)}",
            PlanTitle = plan.Title,
            PlanNumber = planNumber,
            PeriodLabel = period,
            PeriodStart = window.Start,
            PeriodEnd = window.End,
            AsOf = progress.AsOf,
            Summary = new PlanReportSummary(
                Count(QuotaStatus.Met), Count(QuotaStatus.OnTrack), Count(QuotaStatus.Behind), Count(QuotaStatus.Missed), Count(QuotaStatus.Overdue),
                Count(QuotaStatus.NotStarted), Count(QuotaStatus.Regular), progress.Tasks.SelectMany(t => t.EvidenceIds).Distinct().Count()),
            Achievements = Paragraphs(narrative?.Achievements),
            Shortcomings = Paragraphs(narrative?.Shortcomings),
            NextSteps = Paragraphs(narrative?.NextSteps),
            Shortfalls = progress.Tasks.Where(t => t.Status is QuotaStatus.Missed or QuotaStatus.Overdue or QuotaStatus.Behind)
                .Select(t => Shortfall(t, tasks.GetValueOrDefault(t.Code))).ToList(),
            // A closed period's report looks past its end; an open one from the as-of date.
            Upcoming = progress.DueNext.Where(d => !progress.PeriodClosed || d.Date > window.End).Take(15)
                .Select(d => $"{RuleWording.Day(d.Date)}: {d.Description}").ToList(),
            Rows = progress.Tasks.Select(t => Row(t, tasks.GetValueOrDefault(t.Code), groupTitles, unitNames)).ToList(),
            Units = UnitRows(progress),
            Recipients = Paragraphs(narrative?.Recipients) is { Count: > 0 } recipients ? recipients : ["Lưu: VT."],
            SignerTitle = Paragraphs(narrative?.SignerTitle is { Length: > 0 } title ? title : plan.SignerTitle),
            SignerName = narrative?.SignerName is { Length: > 0 } name ? name : plan.Signer ?? string.Empty,
        };
    }

    private static PlanReportRow Row(
        TaskProgress task, PlanTask? definition, IReadOnlyDictionary<string, string> groupTitles, IReadOnlyDictionary<string, string> unitNames)
    {
        var results = task.Rules.Count == 0
            ? ["Nhiệm vụ thường xuyên, không có chỉ tiêu đo được; minh chứng do biên tập viên gắn vào nhiệm vụ."]
            : task.Rules.Select(r => RuleWording.Result(r, definition is null ? "sản phẩm" : RuleWording.NounOf(definition, r))).ToList();
        var group = task.GroupCode is { } code && groupTitles.TryGetValue(code, out var title) ? $"{code}. {title}" : task.GroupCode ?? string.Empty;
        return new PlanReportRow
        {
            Group = group,
            TaskCode = task.Unnumbered ? string.Empty : task.Code,
            TaskContent = task.Content,
            Results = results,
            Evidence = task.Evidence.Select(e => new PlanEvidence(
                e.Title, e.LocalDate, e.UnitCode is null ? string.Empty : unitNames.GetValueOrDefault(e.UnitCode) ?? e.UnitCode)).ToList(),
            LeadUnit = task.LeadUnit,
            CoordinatingUnits = string.Join("; ", definition?.CoordinatingUnits ?? []),
            Timing = task.Timing,
            Budget = definition?.BudgetNote ?? string.Empty,
            Status = StatusNames.Vietnamese(task.Status),
        };
    }

    private static string Shortfall(TaskProgress task, PlanTask? definition)
    {
        var label = task.Unnumbered ? $"“{Short(task.Content)}”" : $"Nhiệm vụ {task.Code}";
        var needs = task.Rules
            .Select(r => RuleWording.Needed(r, definition is null ? "sản phẩm" : RuleWording.NounOf(definition, r)))
            .Where(n => n is not null)
            .ToList();
        return $"{label}: {StatusNames.Vietnamese(task.Status).ToLowerInvariant()}{(needs.Count > 0 ? " – " + string.Join("; ", needs) : string.Empty)}.";
    }

    private static List<PlanReportUnitRow> UnitRows(PlanProgress progress)
    {
        var rows = new List<PlanReportUnitRow>();
        foreach (var unit in progress.Matrix.Units)
        {
            var cells = progress.Matrix.Cells.Where(c => c.UnitCode == unit.Code).ToList();
            var quotas = cells.Where(c => c.Required is not null).ToList();
            var status = quotas.Count == 0 ? "Không có chỉ tiêu riêng"
                : quotas.All(c => c.Done >= c.Required) ? "Đạt"
                : progress.PeriodClosed ? "Không đạt" : "Chưa đạt";
            rows.Add(new PlanReportUnitRow(
                unit.Name,
                cells.Sum(c => c.Done),
                string.Join("; ", quotas.Select(c => $"{c.TaskCode}: {c.Done}/{c.Required}")),
                status));
        }

        return rows;
    }

    /// <summary>The agency suffix of a plan number ("15/KH-SGTVT" → "SGTVT"), for the report's "…/BC-SGTVT".</summary>
    private static string Suffix(string planNumber) => KindAndAgency().Match(planNumber) is { Success: true } m ? m.Groups["agency"].Value : string.Empty;

    private static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex(@"^\s*\d")]
    private static partial Regex HasNumber();

    [GeneratedRegex(@"/\s*[A-ZĐ]+\s*-\s*(?<agency>[\p{L}\d&.-]+)\s*$")]
    private static partial Regex KindAndAgency();
}
