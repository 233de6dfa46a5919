using System.Globalization;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

using ParPortal.Features.Office;
using ParPortal.Features.Plans.Reports;

namespace ParPortal.Features.Plans;

/// <summary>
/// Turns one computed <see cref="PlanProgress"/> into the appendix-shaped <see cref="PlanReport"/> that the .docx and
/// .xlsx writers print. Pure: the
/// same progress always gives the same rows, so a report re-made later for a past as-of date reads the same.
/// </summary>
public static class PlanReportBuilder
{
    /// <summary>The label used when the report covers the whole plan rather than one reporting period.</summary>
    public const string WholePlanLabel = "Cả năm";

    public static PlanReport Build(PlanProgressResult result) =>
        Build(result.Progress, result.Plan.Definition, result.Period?.Label, result.Input.Units);

    public static PlanReport Build(PlanProgress progress, PlanDefinition plan, string? periodLabel, IReadOnlyList<QuotaUnit> units)
    {
        var unitNames = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var groupTitles = plan.Groups.ToDictionary(g => g.Code, g => g.Title, StringComparer.Ordinal);
        var rows = progress.Tasks.Select(t => Row(t, groupTitles, unitNames)).ToList();
        var counts = progress.StatusCounts;
        int Count(QuotaStatus s) => counts.TryGetValue(s, out var n) ? n : 0;
        var window = progress.PeriodWindow ?? new DateRange(new DateOnly(progress.Year, 1, 1), new DateOnly(progress.Year, 12, 31));
        return new PlanReport
        {
            PlanTitle = progress.PlanTitle,
            PlanNumber = progress.PlanNumber,
            Agency = unitNames.GetValueOrDefault(plan.IssuingUnit) ?? plan.IssuingUnit,
            PeriodLabel = periodLabel ?? WholePlanLabel,
            PeriodStart = window.Start,
            PeriodEnd = window.End,
            ReportDate = progress.AsOf,
            Summary = new PlanReportSummary(
                Count(QuotaStatus.Met), Count(QuotaStatus.OnTrack), Count(QuotaStatus.Behind), Count(QuotaStatus.Overdue) + Count(QuotaStatus.Missed),
                Count(QuotaStatus.NotStarted), progress.Tasks.SelectMany(t => t.EvidenceIds).Distinct().Count(), Count(QuotaStatus.Regular)),
            Rows = rows,
        };
    }

    private static PlanReportRow Row(TaskProgress task, IReadOnlyDictionary<string, string> groupTitles, IReadOnlyDictionary<string, string> unitNames)
    {
        var results = task.Rules.Count == 0
            ? ["Nhiệm vụ thường xuyên, không có chỉ tiêu đo được; minh chứng do biên tập viên liên kết."]
            : task.Rules.Select(Describe).ToList();
        var group = task.GroupCode is { } code && groupTitles.TryGetValue(code, out var title) ? $"{code}. {title}" : task.GroupCode ?? string.Empty;
        return new PlanReportRow
        {
            Group = group,
            TaskCode = task.Code,
            TaskContent = task.Content,
            ResultText = string.Join("\n", results),
            Evidence = task.Evidence.Select(e => new PlanEvidence(
                e.Title,
                e.LocalDate,
                e.UnitCode is null ? string.Empty : unitNames.GetValueOrDefault(e.UnitCode) ?? e.UnitCode,
                $"/admin/content/{e.Id}")).ToList(),
            LeadUnit = task.LeadUnit,
            Timing = task.Timing,
            Status = StatusNames.Vietnamese(task.Status),
        };
    }

    /// <summary>One sentence per rule, written as the results column of the appendix reads.</summary>
    public static string Describe(RuleProgress rule)
    {
        var window = $"từ {VietnameseDates.Short(rule.Window.Start)} đến {VietnameseDates.Short(rule.Window.End)}";
        var text = rule.Status == QuotaStatus.NotApplicable
            ? "Không áp dụng trong kỳ báo cáo."
            : rule.Kind switch
            {
                "count" => $"Đã có {rule.Done}/{rule.Required} sản phẩm {window}.",
                "perUnit" => PerUnit(rule, window),
                "deliverable" => rule.Done > 0
                    ? $"Đã có sản phẩm ({rule.Done}) trước hạn {VietnameseDates.Short(rule.Window.End)}."
                    : $"Chưa có sản phẩm; hạn {VietnameseDates.Short(rule.Window.End)}.",
                "coverage" => string.Create(CultureInfo.InvariantCulture,
                    $"{rule.Percent}% thủ tục hành chính được công khai và còn hiệu lực ({rule.Done}, cần {rule.Required})."),
                "regular" => Regular(rule, window),
                _ => $"{rule.Done} sản phẩm.",
            };
        return rule.Note is { Length: > 0 } note ? $"{note}: {text}" : text;
    }

    private static string PerUnit(RuleProgress rule, string window)
    {
        var met = rule.Units.Count(u => u.Done >= u.Required);
        var missing = rule.Units.Where(u => u.Done < u.Required).Select(u => u.UnitName).ToList();
        var text = $"{met}/{rule.Units.Count} đơn vị đạt chỉ tiêu {window}.";
        return missing.Count == 0 ? text : $"{text} Chưa đạt: {string.Join(", ", missing)}.";
    }

    private static string Regular(RuleProgress rule, string window)
    {
        var text = $"{rule.Done} sản phẩm {window}.";
        if (rule.Silences.Count == 0)
        {
            return text;
        }

        var gaps = rule.Silences.Select(s => $"{VietnameseDates.Short(s.From)}–{VietnameseDates.Short(s.To)} ({s.Days} ngày)");
        return $"{text} Khoảng thời gian không có hoạt động: {string.Join("; ", gaps)}.";
    }
}
