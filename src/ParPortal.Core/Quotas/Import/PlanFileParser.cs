using ParPortal.Quotas.Model;
using ParPortal.Text;

namespace ParPortal.Quotas.Import;

/// <summary>A unit of the site as the importer sees it: for per-unit quotas and lead-unit codes.</summary>
public sealed record ImportUnit(string Code, string Name, string? Parent);

/// <summary>What the office chose when it uploaded the file: the issuing agency, and the site's units.</summary>
public sealed record PlanImportContext(string IssuingUnit, IReadOnlyList<ImportUnit> Units);

/// <summary>
/// A plan read from the agency's file, to be confirmed by the office before it is saved: the definition pre-filled,
/// and notes on what to check (dates read as typos, dates another body sets, tasks whose rules were not understood).
/// </summary>
public sealed record PlanImportResult(PlanDefinition Plan, IReadOnlyList<string> Notes)
{
    /// <summary>Tasks kept with no rule: their text is there to be encoded by hand.</summary>
    public int TasksWithoutRules => Plan.Tasks.Count(t => t.Rules.Count == 0);
}

/// <summary>The file cannot be read as a plan; the message says why, in Vietnamese.</summary>
public sealed class PlanImportException(string message) : Exception(message);

/// <summary>
/// Reads an agency's plan (a <see cref="SourceDocument"/> from .docx or plain text) into a <see cref="PlanDefinition"/>,
/// by rules only, deterministically: the header (number, place, date, signer), the tasks of the appendix or activity
/// table, or else of the content section's numbered items and bullets, a coverage requirement wherever it is written,
/// the reporting periods the text names, and the rules of each task (<see cref="TaskRuleReader"/>). A date the body
/// writes differently from the table becomes the stricter one, with a note. Nothing is dropped: a task whose rules
/// were not understood is kept, its text in <see cref="PlanTask.SourceText"/>.
/// </summary>
public static class PlanFileParser
{
    public static PlanImportResult Parse(SourceDocument document, PlanImportContext context)
    {
        var outline = PlanOutline.Read(document);
        var header = PlanHeader.Read(outline);
        if (header.Year is not { } year)
        {
            throw new PlanImportException(header.IsPlan
                ? "Không xác định được năm của kế hoạch: tiêu đề hoặc ngày ban hành cần ghi năm (ví dụ “năm 2024”)."
                : "Tệp không phải là kế hoạch: không thấy tiêu đề “KẾ HOẠCH” và năm thực hiện.");
        }

        var subUnits = context.Units.Where(u => u.Parent == context.IssuingUnit).Select(u => u.Code).ToList();
        var ruleContext = new TaskRuleContext(year, subUnits);
        var (raw, groups) = PlanTaskSources.Read(document, outline);
        if (raw.Count == 0)
        {
            throw new PlanImportException(header.IsPlan
                ? "Không đọc được nhiệm vụ nào: kế hoạch cần có bảng phụ lục nhiệm vụ (cột Nội dung/Nhiệm vụ, Cơ quan chủ trì, Thời gian) hoặc mục “NỘI DUNG” có các ý gạch đầu dòng."
                : "Tệp không phải là kế hoạch: không thấy tiêu đề “KẾ HOẠCH” và không đọc được nhiệm vụ nào.");
        }

        var notes = new List<string>();
        var reports = new List<ReportDeadline>();
        var tasks = new List<PlanTask>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var lead = PlanHeader.ContactOffice(outline);
        var offSite = 0;
        foreach (var task in raw)
        {
            var read = TaskRuleReader.Read(task, ruleContext);
            notes.AddRange(read.Notes);
            reports.AddRange(read.Reports);
            var leadText = task.Lead.Length > 0 ? task.Lead : lead ?? string.Empty;
            // A way of communicating away from the website (meetings, posters, contests) has nothing to count: it is
            // kept as a task whose evidence editors link, not reported as a rule the importer missed.
            var understood = read.Rules.Count > 0 || task.Source == RawTaskSource.FormBullet || (task.Timing.Length == 0 && task.Evidence.Length == 0);
            tasks.Add(new PlanTask
            {
                Code = Unique(task.Code, codes),
                GroupCode = task.GroupCode,
                Content = task.Content,
                LeadUnit = leadText,
                LeadUnitCode = UnitCodeOf(leadText, context),
                CoordinatingUnits = task.Coordinating.Length > 0 ? [task.Coordinating] : [],
                EvidenceKind = task.Evidence,
                Timing = task.Timing,
                BudgetNote = task.Budget.Length > 0 ? task.Budget : null,
                Unnumbered = task.Unnumbered,
                SourceText = understood && task.Details.Length == 0 ? null : string.Join(" ", new[] { task.Timing, task.Evidence, task.Details }.Where(t => t.Length > 0)),
                Rules = read.Rules,
            });
            if (task.Source == RawTaskSource.FormBullet && read.Rules.Count == 0)
            {
                offSite++;
            }

            if (!understood)
            {
                notes.Add($"Nhiệm vụ {task.Code}: chưa nhận ra chỉ tiêu trong “{Short(task.Timing.Length > 0 ? task.Timing : task.Evidence)}”; hãy mã hóa bằng tay.");
            }
        }

        if (offSite > 0)
        {
            notes.Add($"{offSite} hình thức tuyên truyền không đăng trên trang (họp, bảng tin, pa nô, cuộc thi…) được giữ là nhiệm vụ không có chỉ tiêu: minh chứng do biên tập viên gắn vào nhiệm vụ.");
        }

        tasks = DateConflicts.Apply(outline, tasks, year, notes);
        var plan = new PlanDefinition
        {
            Number = header.Number ?? string.Empty,
            Title = header.Title ?? $"Kế hoạch tuyên truyền cải cách hành chính năm {year}",
            Year = year,
            IssuingUnit = context.IssuingUnit,
            Place = header.Place,
            IssueDate = header.IssueDate,
            SignerTitle = header.SignerTitle,
            Signer = header.Signer,
            ReportingPeriods = PeriodReader.Read(outline, reports, ruleContext, tasks),
            Groups = groups.Where(g => tasks.Any(t => t.GroupCode == g.Code)).Select(g => new PlanGroup(g.Code, g.Title)).ToList(),
            Tasks = tasks,
        };
        if (header.IssueDateNote is { } dateNote)
        {
            notes.Insert(0, dateNote);
        }

        return new PlanImportResult(plan, notes);
    }

    private static string Unique(string code, HashSet<string> codes)
    {
        var candidate = code;
        for (var c = 'b'; !codes.Add(candidate); c++)
        {
            candidate = code.EndsWith("-a", StringComparison.Ordinal) ? code[..^1] + c : $"{code}-{c}";
        }

        return candidate;
    }

    /// <summary>The code of the agency's unit a lead text names ("Văn phòng Sở" → the unit named "Văn phòng Sở …"), when exactly one fits.</summary>
    private static string? UnitCodeOf(string lead, PlanImportContext context)
    {
        var first = VietnameseText.Fold(lead.Split([',', ';', '(', '-', '–'], 2)[0]).Trim();
        if (first.Length < 4)
        {
            return null;
        }

        var matches = context.Units.Where(u => u.Parent == context.IssuingUnit && VietnameseText.Fold(u.Name).StartsWith(first, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0].Code : null;
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
