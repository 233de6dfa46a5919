using Microsoft.AspNetCore.Http;
using ParPortal.Content;
using ParPortal.Quotas.Model;
using static ParPortal.Features.Plans.Admin.PlanForm;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// One rule of the plan editor: its kind chooses which of the row's fields are read (the page shows only those), so a
/// field left filled in after the kind changed never leaks into the rule.
/// </summary>
public static class PlanRuleForm
{
    /// <summary>The kinds an office picks from, in its words.</summary>
    public static readonly IReadOnlyList<(string Kind, string Label)> Kinds =
    [
        ("count", "Số lượng tối thiểu trong một thời gian"),
        ("perUnit", "Mỗi đơn vị tối thiểu"),
        ("deliverable", "Sản phẩm (văn bản) có hạn"),
        ("regular", "Thường xuyên (có hoạt động mỗi kỳ)"),
        ("coverage", "Tỷ lệ thủ tục hành chính được công khai"),
    ];

    /// <summary>The window kinds of the form, in the office's words.</summary>
    public static readonly IReadOnlyList<(WindowKind Kind, string Label)> WindowKinds =
    [
        (WindowKind.Year, "Cả năm"),
        (WindowKind.FirstHalf, "6 tháng đầu năm"),
        (WindowKind.SecondHalf, "6 tháng cuối năm"),
        (WindowKind.Quarters, "Theo quý"),
        (WindowKind.Month, "Một tháng"),
        (WindowKind.Custom, "Từ ngày … đến ngày …"),
        (WindowKind.PeriodDue, "Đến hạn của một kỳ báo cáo"),
    ];

    public static QuotaRule? Read(IFormCollection form, int t, int r, string where, FieldErrors errors)
    {
        string F(string field) => Rule(t, r, field);
        var kind = form[F("Kind")].ToString();
        if (kind.Length == 0)
        {
            return null;
        }

        var note = PlanForm.Text(form, F("Note"));
        var window = ReadWindow(form, Rule(t, r, string.Empty), where, errors) ?? QuotaWindow.Year();
        var types = Values(form, F("Types"));
        var topics = Values(form, F("Topics"));
        var units = Values(form, F("Units"));
        var documentKinds = Words(form, F("DocumentKinds"));
        var titleWords = Words(form, F("TitleWords"));
        var linkedOnly = form[F("LinkedOnly")].ToString() == "true";
        var min = Number(form, F("Min"), $"{where}: số lượng tối thiểu", errors) ?? 1;
        switch (kind)
        {
            case "count":
                return new CountRule { Min = min, Types = types, Topics = topics, Units = units, DocumentKinds = documentKinds, TitleWords = titleWords, LinkedOnly = linkedOnly, Window = window, Note = note };
            case "perUnit":
                return new PerUnitRule
                {
                    Min = min, Types = types, Topics = topics, Units = units, DocumentKinds = documentKinds, TitleWords = titleWords, LinkedOnly = linkedOnly,
                    UnitSet = Values(form, F("UnitSet")), Window = window, Note = note,
                };
            case "regular":
                return new RegularRule
                {
                    Types = types, Topics = topics, Units = units, DocumentKinds = documentKinds, TitleWords = titleWords, LinkedOnly = linkedOnly, Window = window,
                    MaxSilenceDays = Number(form, F("MaxSilenceDays"), $"{where}: số ngày không có hoạt động", errors), Note = note,
                };
            case "deliverable":
                return new DeliverableRule
                {
                    Types = types, Topics = topics, Units = units, DocumentKinds = documentKinds, TitleWords = titleWords,
                    NotBefore = Date(form, F("NotBefore"), $"{where}: từ ngày", errors),
                    DueDate = Date(form, F("DueDate"), $"{where}: hạn", errors) ?? default,
                    Note = note,
                };
            case "coverage":
                return new CoverageRule { Percent = Decimal(form, F("Percent"), $"{where}: tỷ lệ", errors) ?? 100m, Window = window, Note = note };
            default:
                errors.Add("definition", $"{where}: loại quy tắc “{kind}” không có.");
                return null;
        }
    }

    /// <summary>The filter lists of a rule, for the form to show (empty for coverage).</summary>
    public static (IReadOnlyList<string> Types, IReadOnlyList<string> Topics, IReadOnlyList<string> Units, IReadOnlyList<string> Kinds, IReadOnlyList<string> Words, bool LinkedOnly) Filter(QuotaRule? rule) =>
        rule switch
        {
            FilteredRule f => (f.Types, f.Topics, f.Units, f.DocumentKinds, f.TitleWords, f.LinkedOnly),
            DeliverableRule d => (d.Types, d.Topics, d.Units, d.DocumentKinds, d.TitleWords, false),
            _ => ([], [], [], [], [], false),
        };

    /// <summary>The window of a rule, for the form (deliverables and coverage use their own fields or none).</summary>
    public static QuotaWindow? WindowOf(QuotaRule? rule) => rule switch
    {
        FilteredRule f => f.Window,
        CoverageRule c => c.Window,
        _ => null,
    };
}
