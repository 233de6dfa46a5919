using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using ParPortal.Content;
using ParPortal.Quotas.Model;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// The plan editor's form: field names (<c>Plan.Tasks[2].Rules[0].Min</c>) and reading the posted fields back into a
/// <see cref="PlanDefinition"/>. Rows may have gaps (the page's script removes rows without renumbering) and blank
/// rows are skipped, so the form also works without script: it always offers one empty period, group, task and rule.
/// Values that are not numbers or dates are reported with the task and rule they belong to, in Vietnamese.
/// </summary>
public static partial class PlanForm
{
    public const string Prefix = "Plan.";

    public static string Task(object t, string field) => $"{Prefix}Tasks[{t}].{field}";

    public static string Rule(object t, object r, string field) => $"{Prefix}Tasks[{t}].Rules[{r}].{field}";

    public static string Period(object p, string field) => $"{Prefix}Periods[{p}].{field}";

    public static string Group(object g, string field) => $"{Prefix}Groups[{g}].{field}";

    public static PlanDefinition Read(IFormCollection form, FieldErrors errors) => new()
    {
        Place = Text(form, Prefix + "Place"),
        IssueDate = Date(form, Prefix + "IssueDate", "Kế hoạch: ngày ban hành", errors),
        SignerTitle = Text(form, Prefix + "SignerTitle"),
        Signer = Text(form, Prefix + "Signer"),
        RollUpMergedUnits = form[Prefix + "NoRollUp"].ToString() != "true",
        ReportingPeriods = Indexes(form, $"{Prefix}Periods").Select(p => ReadPeriod(form, p, errors)).OfType<ReportingPeriod>().ToList(),
        Groups = Indexes(form, $"{Prefix}Groups")
            .Select(g => (Code: Text(form, Group(g, "Code")), Title: Text(form, Group(g, "Title"))))
            .Where(g => g.Code is not null || g.Title is not null)
            .Select(g => new PlanGroup(g.Code ?? string.Empty, g.Title ?? string.Empty))
            .ToList(),
        Tasks = Indexes(form, $"{Prefix}Tasks").Select(t => ReadTask(form, t, errors)).OfType<PlanTask>().ToList(),
    };

    private static ReportingPeriod? ReadPeriod(IFormCollection form, int p, FieldErrors errors)
    {
        var label = Text(form, Period(p, "Label"));
        if (label is null)
        {
            return null;
        }

        var where = $"Kỳ báo cáo “{label}”";
        var dueType = form[Period(p, "DueType")].ToString();
        DueRule? rule = dueType switch
        {
            "day" => new DueRule
            {
                Anchor = form[Period(p, "DueAnchor")].ToString() == nameof(DueAnchor.MonthAfterPeriod) ? DueAnchor.MonthAfterPeriod : DueAnchor.LastMonthOfPeriod,
                Day = Number(form, Period(p, "DueDay"), $"{where}: ngày trong tháng", errors) ?? 1,
                Before = form[Period(p, "DueBefore")].ToString() == "true",
            },
            "external" => new DueRule
            {
                Anchor = DueAnchor.External,
                Authority = Text(form, Period(p, "Authority")),
                DaysBefore = Number(form, Period(p, "DaysBefore"), $"{where}: số ngày trước hạn", errors) ?? 0,
            },
            _ => null,
        };
        return new ReportingPeriod
        {
            Label = label,
            Kind = Enum.TryParse<ReportingPeriodKind>(form[Period(p, "Kind")], out var kind) ? kind : ReportingPeriodKind.Custom,
            Window = ReadWindow(form, Period(p, string.Empty), where, errors) ?? QuotaWindow.Year(),
            DueDate = dueType == "date" ? Date(form, Period(p, "DueDate"), $"{where}: hạn báo cáo", errors) : null,
            DueRule = rule,
            ExternalDueDate = dueType == "external" ? Date(form, Period(p, "ExternalDueDate"), $"{where}: ngày do cơ quan khác định", errors) : null,
            Note = Text(form, Period(p, "Note")),
        };
    }

    private static PlanTask? ReadTask(IFormCollection form, int t, FieldErrors errors)
    {
        var code = Text(form, Task(t, "Code"));
        var content = Text(form, Task(t, "Content"));
        if (code is null && content is null)
        {
            return null;
        }

        var where = $"Nhiệm vụ {code ?? "(chưa có mã)"}";
        return new PlanTask
        {
            Code = code ?? string.Empty,
            Unnumbered = form[Task(t, "Unnumbered")].ToString() == "true",
            GroupCode = Text(form, Task(t, "GroupCode")),
            Content = content ?? string.Empty,
            LeadUnit = Text(form, Task(t, "LeadUnit")) ?? string.Empty,
            LeadUnitCode = Text(form, Task(t, "LeadUnitCode")),
            CoordinatingUnits = Lines(form, Task(t, "Coordinating")),
            EvidenceKind = Text(form, Task(t, "EvidenceKind")) ?? string.Empty,
            Timing = Text(form, Task(t, "Timing")) ?? string.Empty,
            BudgetNote = Text(form, Task(t, "Budget")),
            SourceText = Text(form, Task(t, "SourceText")),
            Rules = Indexes(form, $"{Prefix}Tasks[{t}].Rules").Select(r => PlanRuleForm.Read(form, t, r, $"{where}, quy tắc {r + 1}", errors)).OfType<QuotaRule>().ToList(),
        };
    }

    /// <summary>A window from "{prefix}WindowKind" and its parts; null when no kind was chosen.</summary>
    internal static QuotaWindow? ReadWindow(IFormCollection form, string prefix, string where, FieldErrors errors)
    {
        if (!Enum.TryParse<WindowKind>(form[prefix + "WindowKind"], out var kind))
        {
            return null;
        }

        return kind switch
        {
            WindowKind.Quarters => QuotaWindow.Quarter(
                Number(form, prefix + "FromQuarter", $"{where}: quý bắt đầu", errors) ?? 1,
                Number(form, prefix + "ToQuarter", $"{where}: quý kết thúc", errors)),
            WindowKind.Month => QuotaWindow.InMonth(Number(form, prefix + "Month", $"{where}: tháng", errors) ?? 1),
            WindowKind.Custom => new QuotaWindow
            {
                Kind = WindowKind.Custom,
                From = Date(form, prefix + "From", $"{where}: từ ngày", errors),
                To = Date(form, prefix + "To", $"{where}: đến ngày", errors),
            },
            WindowKind.PeriodDue => new QuotaWindow
            {
                Kind = WindowKind.PeriodDue,
                Period = Text(form, prefix + "Period"),
                DaysBefore = Number(form, prefix + "DaysBefore", $"{where}: số ngày trước hạn", errors) ?? 0,
            },
            _ => new QuotaWindow { Kind = kind },
        };
    }

    /// <summary>The row numbers posted under a list name ("Plan.Tasks" → 0, 1, 3), in order.</summary>
    internal static IReadOnlyList<int> Indexes(IFormCollection form, string list) =>
        form.Keys.Select(k => k.StartsWith(list + "[", StringComparison.Ordinal) ? RowNumber().Match(k[list.Length..]) : Match.Empty)
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();

    internal static string? Text(IFormCollection form, string name) =>
        form[name].ToString().Trim() is { Length: > 0 } text ? text.Normalize(System.Text.NormalizationForm.FormC) : null;

    internal static IReadOnlyList<string> Values(IFormCollection form, string name) =>
        form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>One entry a line, or separated by commas or semicolons.</summary>
    internal static IReadOnlyList<string> Lines(IFormCollection form, string name) =>
        (Text(form, name) ?? string.Empty).Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    internal static IReadOnlyList<string> Words(IFormCollection form, string name) =>
        (Text(form, name) ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    internal static int? Number(IFormCollection form, string name, string label, FieldErrors errors) =>
        Parse(form, name, label, "không phải là số", errors, (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value));

    /// <summary>A decimal written with a comma (98,4) or a point.</summary>
    internal static decimal? Decimal(IFormCollection form, string name, string label, FieldErrors errors) =>
        Parse(form, name, label, "không phải là số", errors, (string text, out decimal value) =>
            decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value));

    /// <summary>A date as a date input posts it (2024-06-30), or typed as 30/06/2024.</summary>
    internal static DateOnly? Date(IFormCollection form, string name, string label, FieldErrors errors) =>
        Parse(form, name, label, "không phải là ngày (dd/mm/yyyy)", errors, (string text, out DateOnly value) =>
            DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value));

    private delegate bool TryRead<T>(string text, out T value);

    /// <summary>An empty field is null; a value that does not read is null and an error naming the task and rule.</summary>
    private static T? Parse<T>(IFormCollection form, string name, string label, string expected, FieldErrors errors, TryRead<T> read)
        where T : struct
    {
        var text = Text(form, name);
        if (text is null)
        {
            return null;
        }

        if (read(text, out var value))
        {
            return value;
        }

        errors.Add("definition", $"{label}: “{text}” {expected}.");
        return null;
    }

    [GeneratedRegex(@"^\[(\d{1,4})\]")]
    private static partial Regex RowNumber();
}
