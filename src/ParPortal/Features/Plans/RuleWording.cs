using System.Globalization;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Features.Plans;

/// <summary>
/// Rules and progress in the words an office uses: a rule read back ("6 tháng đầu năm: ít nhất 02 tin, bài"), what is
/// needed next ("cần thêm 01 tin, bài trước 30/6/2026"), a rule's result in a report. One place for the editor, the
/// dashboard and the report, so they never word the same rule two ways.
/// </summary>
public static class RuleWording
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"02", "15": counts written as plans write them (two digits below ten).</summary>
    public static string Count(int n) => n is >= 0 and < 10 ? "0" + n.ToString(CultureInfo.InvariantCulture) : n.ToString("N0", Vietnamese);

    /// <summary>"98,4 %": a percent with the Vietnamese decimal comma.</summary>
    public static string Percent(decimal value) => value.ToString(value == Math.Round(value) ? "0" : "0.0", Vietnamese) + " %";

    /// <summary>"30/6/2026": the short date of a sentence (tables use dd/MM/yyyy).</summary>
    public static string Day(DateOnly day) => day.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

    /// <summary>What a rule asks, in plain Vietnamese.</summary>
    public static string Describe(QuotaRule rule, PlanDefinition plan) => rule switch
    {
        CountRule c => $"{Window(c.Window, plan)}: ít nhất {Count(c.Min)} {Noun(c)}{Filter(c)}",
        PerUnitRule p => $"{Window(p.Window, plan)}: mỗi đơn vị ({p.UnitSet.Count} đơn vị) ít nhất {Count(p.Min)} {Noun(p)}{Filter(p)}",
        DeliverableRule d => $"{Noun(d.Types, d.DocumentKinds, capital: true)} ban hành từ {Day(d.NotBefore ?? new DateOnly(plan.Year, 1, 1))} đến {(d.DueDate == default ? "(chưa nhập hạn)" : Day(d.DueDate))}"
            + (d.TitleWords.Count > 0 ? $", tiêu đề có “{string.Join("”, “", d.TitleWords)}”" : string.Empty),
        CoverageRule v => $"{Percent(v.Percent)} thủ tục hành chính của đơn vị được công khai, còn hiệu lực",
        RegularRule r => $"Thường xuyên: có {Noun(r)} trong mỗi kỳ báo cáo{Filter(r)}"
            + (r.MaxSilenceDays is { } days ? $"; không quá {days} ngày không có hoạt động" : string.Empty),
        _ => rule.KindName,
    };

    /// <summary>What is still needed to meet a rule, or null when nothing is (met, not applicable, or nothing to count).</summary>
    public static string? Needed(RuleProgress rule, string noun)
    {
        if (rule.Status is QuotaStatus.Met or QuotaStatus.NotApplicable or QuotaStatus.Regular)
        {
            return null;
        }

        var by = rule.DueUnknown ? "trước hạn cấp trên yêu cầu (chưa nhập ngày)" : "trước " + Day(rule.Window.End);
        var late = rule.Status is QuotaStatus.Missed or QuotaStatus.Overdue;
        switch (rule.Kind)
        {
            case "regular":
                var open = rule.Periods.FirstOrDefault(p => p.Count == 0 && p.Status == QuotaStatus.Behind);
                var missed = rule.Periods.Where(p => p.Status == QuotaStatus.Missed).Select(p => p.Label).ToList();
                return open is not null ? $"cần có {noun} trong kỳ {open.Label} (trước {Day(open.To)})"
                    : missed.Count > 0 ? $"không có {noun} trong kỳ {string.Join(", ", missed)}"
                    : null;
            case "perUnit":
                var missing = rule.Units.Where(u => u.Done < u.Required).ToList();
                return missing.Count == 0 ? null
                    : $"{(late ? "còn thiếu" : "cần")} {noun} của {missing.Count} đơn vị ({Names(missing.Select(u => u.UnitName).ToList())}){(late ? string.Empty : " " + by)}";
            case "coverage":
                return $"cần công khai thêm {Count((rule.Required ?? 0) - rule.Done)} thủ tục hành chính";
            default:
                var short_ = Math.Max(0, (rule.Required ?? 1) - rule.Done);
                return short_ == 0 ? null : late ? $"còn thiếu {Count(short_)} {noun} (hạn {Day(rule.Window.End)})" : $"cần thêm {Count(short_)} {noun} {by}";
        }
    }

    /// <summary>Up to three names, then how many more: the unit table of the task's page lists them all.</summary>
    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} và {names.Count - 3} đơn vị khác";

    /// <summary>One sentence of a report's results column for a rule.</summary>
    public static string Result(RuleProgress rule, string noun)
    {
        if (rule.Status == QuotaStatus.NotApplicable)
        {
            return rule.Note is { Length: > 0 } n ? $"{n}: không áp dụng trong kỳ báo cáo." : "Không áp dụng trong kỳ báo cáo.";
        }

        var head = rule.Note is { Length: > 0 } note ? note : RuleKindName(rule.Kind);
        var done = rule.Kind switch
        {
            "coverage" => $"{Percent(rule.Percent ?? 0)} ({rule.Done}/{rule.Total} thủ tục)",
            "perUnit" => $"{rule.Units.Count(u => u.Done >= u.Required)}/{rule.Units.Count} đơn vị đạt",
            "regular" => rule.Periods.Count > 0
                ? $"{Count(rule.Done)} {noun}; " + string.Join(", ", rule.Periods.Select(p => $"{p.Label}: {Count(p.Count)}"))
                : $"{Count(rule.Done)} {noun}",
            _ => $"đã có {Count(rule.Done)}/{Count(rule.Required ?? 0)} {noun}",
        };
        return $"{head}: {done} – {StatusNames.Vietnamese(rule.Status)}.";
    }

    /// <summary>The noun of what a rule counts ("tin, bài", "báo cáo", "tin, bài hoặc văn bản").</summary>
    public static string Noun(FilteredRule rule) => Noun(rule.Types, rule.DocumentKinds);

    public static string Noun(IReadOnlyList<string> types, IReadOnlyList<string> kinds, bool capital = false)
    {
        var noun = kinds.Count > 0 ? string.Join(" hoặc ", kinds.Select(k => k.ToLowerInvariant()))
            : types.Count == 1 && types[0] == "Article" ? "tin, bài"
            : types.Count == 1 && types[0] == "Document" ? "văn bản"
            : types.Count == 1 && types[0] == "Procedure" ? "thủ tục hành chính"
            : types.Count == 0 || (types.Contains("Article") && types.Contains("Document")) ? "tin, bài hoặc văn bản"
            : "nội dung";
        return capital ? char.ToUpperInvariant(noun[0]) + noun[1..] : noun;
    }

    /// <summary>A window named as the plan names it.</summary>
    public static string Window(QuotaWindow window, PlanDefinition plan) => window.Kind switch
    {
        WindowKind.Year => "Cả năm",
        WindowKind.FirstHalf => "6 tháng đầu năm",
        WindowKind.SecondHalf => "6 tháng cuối năm",
        WindowKind.Quarters when window.FromQuarter == (window.ToQuarter ?? window.FromQuarter) => $"Quý {window.FromQuarter}",
        WindowKind.Quarters => $"Quý {window.FromQuarter} – Quý {window.ToQuarter}",
        WindowKind.Month => $"Tháng {window.Month}",
        WindowKind.PeriodDue => $"Đến {(window.DaysBefore is > 0 ? Count(window.DaysBefore.Value) + " ngày trước " : string.Empty)}hạn báo cáo “{window.Period}”",
        _ => window.Resolve(plan) is { } r ? $"Từ {Day(r.Start)} đến {Day(r.End)}" : "Thời gian chưa hợp lệ",
    };

    private static string Filter(FilteredRule rule) =>
        (rule.Topics.Count > 0 ? $" (chủ đề: {string.Join(", ", rule.Topics)})" : string.Empty)
        + (rule.TitleWords.Count > 0 ? $", tiêu đề có “{string.Join("”, “", rule.TitleWords)}”" : string.Empty)
        + (rule.LinkedOnly ? ", do biên tập viên gắn vào nhiệm vụ" : string.Empty);

    private static string RuleKindName(string kind) => StatusNames.KindVietnamese(kind);

    /// <summary>The noun of a rule in progress, read from the plan's rule it comes from.</summary>
    public static string NounOf(PlanTask task, RuleProgress rule) =>
        rule.Index - 1 < task.Rules.Count ? task.Rules[rule.Index - 1] switch
        {
            FilteredRule f => Noun(f),
            DeliverableRule d => Noun(d.Types, d.DocumentKinds),
            CoverageRule => "thủ tục hành chính",
            _ => "sản phẩm",
        } : "sản phẩm";
}
