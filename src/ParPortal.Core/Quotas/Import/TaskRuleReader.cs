using System.Text.RegularExpressions;
using ParPortal.Quotas.Model;

namespace ParPortal.Quotas.Import;

/// <summary>What the parser knows about the plan when it reads a task's rules.</summary>
/// <param name="Year">The plan year.</param>
/// <param name="SubUnits">The issuing agency's units, for "mỗi phòng, ban, đơn vị" (per-unit) quotas.</param>
public sealed record TaskRuleContext(int Year, IReadOnlyList<string> SubUnits)
{
    public string HalfYearLabel => $"6 tháng đầu năm {Year}";

    public string YearLabel => $"Năm {Year}";
}

/// <summary>A report deadline a task states for a reporting period (to set the plan's periods from).</summary>
public sealed record ReportDeadline(string PeriodLabel, DateOnly? Due, string? Authority, int DaysBefore, bool ByUnits);

/// <summary>The rules read from one task, with what the office should check.</summary>
public sealed record TaskRules(IReadOnlyList<QuotaRule> Rules, IReadOnlyList<string> Notes, IReadOnlyList<ReportDeadline> Reports);

/// <summary>
/// Reads a task's rules from its timing, product and content columns: minimums ("6 tháng đầu năm ít nhất có 02 tin,
/// bài", "tối thiểu mỗi phòng, ban, đơn vị 01 tin bài", "mỗi quý tối thiểu …"), coverage ("100% TTHC"), products with
/// dates ("Tháng 01/2024", "Quý 1/2024", "trước 26/11/2024", "trước thời gian UBND tỉnh yêu cầu 05 ngày") and
/// "thường xuyên". Each timing segment ("- …; - …") is read on its own, and consecutive report deadlines split the
/// year between them (a year report follows the six-month one).
/// </summary>
public static partial class TaskRuleReader
{
    private static readonly string[] ArticleOnly = ["Article"];
    private static readonly string[] ArticleOrDocument = ["Article", "Document"];

    public static TaskRules Read(RawTask task, TaskRuleContext context)
    {
        var rules = new List<QuotaRule>();
        var notes = new List<string>();
        var reports = new List<ReportDeadline>();
        var quotaText = string.Join(" ; ", new[] { task.Timing, task.Evidence, task.Content }.Where(t => t.Length > 0));

        ReadMinimums(quotaText, task, context, rules);

        if (QuotaPhrases.CoveragePercent(task.Content + " " + task.Evidence) is { } percent)
        {
            rules.Add(new CoverageRule { Percent = percent, Note = Clause(task.Content, task.Content.IndexOf('%', StringComparison.Ordinal)) });
        }

        if (task.Source == RawTaskSource.OrganizationProduct)
        {
            // A product the plan assigns to a unit to publish on the portal ("Xây dựng Sổ tay … đăng trên Cổng …").
            rules.Add(new CountRule { Min = 1, Types = ArticleOrDocument, Window = QuotaWindow.Year(), Note = task.Content.Length > 120 ? task.Content[..120] : task.Content });
        }
        else if (task.Source is RawTaskSource.Table or RawTaskSource.NumberedItem)
        {
            // A bullet's timing is its section's ("thường xuyên"), not a product's deadline.
            ReadProducts(task, context, rules, notes, reports, counted: rules.Count > 0);
        }

        var regular = task.Source switch
        {
            RawTaskSource.ContentBullet => true,
            RawTaskSource.FormBullet => WebWords().IsMatch(task.Content),
            RawTaskSource.Table or RawTaskSource.NumberedItem => QuotaPhrases.IsRegular(task.Timing),
            _ => false,
        };
        if (regular)
        {
            // Evidence of work done away from the website (posters, contests, meetings) counts when an editor links it.
            rules.Insert(0, new RegularRule { Types = ArticleOrDocument, LinkedOnly = OffSiteWords().IsMatch(task.Content) });
        }

        if (DependsOnAnotherTask().Match(task.Timing) is { Success: true } dependency)
        {
            notes.Add($"Nhiệm vụ {task.Code}: “{dependency.Value.Trim('(', ')', ' ')}” là điều kiện về thứ tự, không tính được; hãy kiểm tra thời hạn.");
        }

        return new TaskRules(rules, notes, reports);
    }

    /// <summary>"ít nhất", "tối thiểu": a count, a per-unit count, or a count in every quarter.</summary>
    private static void ReadMinimums(string text, RawTask task, TaskRuleContext context, List<QuotaRule> rules)
    {
        foreach (var (min, index, length) in QuotaPhrases.Minimums(text))
        {
            var clause = Clause(text, index);
            var after = text[(index + length)..];
            var noun = after.Length > 40 ? after[..40] : after;
            var documents = QuotaPhrases.Kinds(noun);
            string[] types = QuotaPhrases.NamesArticles(noun) ? (documents.Count > 0 || AlternativeDocument().IsMatch(clause) ? ArticleOrDocument : ArticleOnly)
                : documents.Count > 0 ? ["Document"] : ArticleOrDocument;
            var kinds = types.SequenceEqual(["Document"]) ? documents.ToArray() : [];
            // The clause's own window ("6 tháng đầu năm ít nhất …"), else the task's timing, else the year.
            var window = QuotaPhrases.Window(clause) is { Kind: not WindowKind.Month } w ? w
                : QuotaPhrases.Window(task.Timing) is { Kind: not WindowKind.Month } t ? t
                : QuotaWindow.Year();
            if (QuotaPhrases.IsPerUnit(clause))
            {
                rules.Add(new PerUnitRule { Min = min, Types = types, DocumentKinds = kinds, UnitSet = context.SubUnits, Window = window, Note = clause });
            }
            else if (QuotaPhrases.IsEveryQuarter(clause))
            {
                for (var q = 1; q <= 4; q++)
                {
                    rules.Add(new CountRule { Min = min, Types = types, DocumentKinds = kinds, Window = QuotaWindow.Quarter(q), Note = $"{clause} (quý {q})" });
                }
            }
            else
            {
                rules.Add(new CountRule { Min = min, Types = types, DocumentKinds = kinds, Window = window, Note = clause, LinkedOnly = OffSiteWords().IsMatch(task.Content) });
            }
        }
    }

    /// <summary>Products with a date or a window, one per timing segment.</summary>
    /// <param name="counted">A minimum was read already: the timing's window is its window, not another activity.</param>
    private static void ReadProducts(RawTask task, TaskRuleContext context, List<QuotaRule> rules, List<string> notes, List<ReportDeadline> reports, bool counted)
    {
        var kinds = QuotaPhrases.Kinds(task.Evidence);
        var product = kinds.Count == 1 && !QuotaPhrases.NamesArticles(task.Evidence) ? kinds[0]
            : task.Evidence.Length == 0 && MakesProduct().Match(task.Content) is { Success: true } making ? QuotaPhrases.FirstKind(making.Value)
            : null;
        var byUnits = PluralUnits().IsMatch(task.Lead) || PluralUnits().IsMatch(task.Evidence);
        DateOnly? previousEnd = null;
        foreach (var raw in Segments().Split(task.Timing))
        {
            var segment = raw.Trim(' ', '-', ';', '.');
            if (segment.Length == 0 || QuotaPhrases.Minimums(segment).Any())
            {
                continue;
            }

            var period = HalfYearReport().IsMatch(segment) ? context.HalfYearLabel : YearReport().IsMatch(segment) ? context.YearLabel : null;
            QuotaWindow? window = null;
            DateRange? range = null;
            if (QuotaPhrases.Deadline(segment, context.Year) is { } deadline)
            {
                var due = deadline.Due;
                if (deadline.YearWritten && due.Year != context.Year)
                {
                    notes.Add($"Nhiệm vụ {task.Code}: văn bản ghi “{deadline.Phrase}” trong kế hoạch năm {context.Year}; đã hiểu là năm {context.Year}, hãy kiểm tra.");
                    due = new DateOnly(context.Year, due.Month, Math.Min(due.Day, DateTime.DaysInMonth(context.Year, due.Month)));
                }

                var start = previousEnd?.AddDays(1) ?? new DateOnly(context.Year, 1, 1);
                range = new DateRange(start, due);
                if (period is not null)
                {
                    reports.Add(new ReportDeadline(period, due, null, 0, byUnits));
                }
            }
            else if (QuotaPhrases.ExternalDeadline(segment) is { } external)
            {
                var label = period ?? context.HalfYearLabel;
                window = new QuotaWindow { Kind = WindowKind.PeriodDue, Period = label, DaysBefore = external.DaysBefore };
                reports.Add(new ReportDeadline(label, null, external.Authority, external.DaysBefore, byUnits));
                notes.Add($"Nhiệm vụ {task.Code}: thời hạn do {external.Authority} định; nhập ngày đó vào kỳ báo cáo “{label}” khi có.");
                previousEnd = label == context.HalfYearLabel ? new DateOnly(context.Year, 6, 30) : null;
            }
            else if (QuotaPhrases.Window(segment) is { } named && named.Resolve(context.Year) is { } resolved)
            {
                range = resolved;
            }

            if (range is { } r)
            {
                previousEnd = r.End;
            }
            else if (window is null)
            {
                continue;
            }

            var note = segment.Length > 160 ? segment[..160] : segment;
            if (product is not null && byUnits && product == "Báo cáo")
            {
                rules.Add(new PerUnitRule { Min = 1, Types = ["Document"], DocumentKinds = [product], UnitSet = context.SubUnits, Window = window ?? Between(range!.Value), Note = note });
            }
            else if (product is not null && range is { } productRange)
            {
                rules.Add(new DeliverableRule { Types = ["Document"], DocumentKinds = [product], NotBefore = productRange.Start, DueDate = productRange.End, Note = note });
            }
            else if (product is not null)
            {
                rules.Add(new CountRule { Min = 1, Types = ["Document"], DocumentKinds = [product], Window = window!, Note = note });
            }
            else if (range is { } activity && !counted && !QuotaPhrases.IsRegular(segment) && activity.Days < 365)
            {
                // An activity due in part of the year (Quý 2 – Quý 3); "trong năm" alone sets nothing to measure.
                rules.Add(new CountRule { Min = 1, Types = ArticleOrDocument, Window = Between(activity), Note = note, LinkedOnly = OffSiteWords().IsMatch(task.Content) });
            }
        }
    }

    /// <summary>A window as the plan reads it: a span of whole quarters keeps its name (year, half, quarters).</summary>
    private static QuotaWindow Between(DateRange range)
    {
        var startsQuarter = range.Start.Day == 1 && (range.Start.Month - 1) % 3 == 0;
        var endsQuarter = range.End.AddDays(1).Day == 1 && range.End.Month % 3 == 0;
        if (!startsQuarter || !endsQuarter || range.Start.Year != range.End.Year)
        {
            return QuotaWindow.Between(range.Start, range.End);
        }

        var (q1, q2) = ((range.Start.Month + 2) / 3, range.End.Month / 3);
        return (q1, q2) switch
        {
            (1, 4) => QuotaWindow.Year(),
            (1, 2) => QuotaWindow.FirstHalf(),
            (3, 4) => new QuotaWindow { Kind = WindowKind.SecondHalf },
            _ => QuotaWindow.Quarter(q1, q2),
        };
    }

    /// <summary>The clause around a position: from the previous ';', '(' or sentence end to the next.</summary>
    private static string Clause(string text, int index)
    {
        if (index < 0)
        {
            return text.Length > 160 ? text[..160] : text;
        }

        var start = text.LastIndexOfAny([';', '(', '.', '\n'], Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny([';', ')', '\n'], index);
        var clause = text[start..(end < 0 ? text.Length : end)].Trim(' ', '-', ',');
        return clause.Length > 160 ? clause[..160] : clause;
    }

    [GeneratedRegex(@"^(?:xây\s+dựng|ban\s+hành|lập|soạn\s+thảo|báo\s+cáo|trình)\b.{0,40}", RegexOptions.IgnoreCase)]
    private static partial Regex MakesProduct();

    [GeneratedRegex(@";\s*-|\n\s*-|(?<=\S)\s+-\s+(?=\p{Lu})|;")]
    private static partial Regex Segments();

    [GeneratedRegex(@"báo\s+cáo\s+6\s+tháng|báo\s+cáo\s+sáu\s+tháng|nhiệm\s+vụ\s+6\s+tháng|6\s+tháng\s+đầu\s+năm", RegexOptions.IgnoreCase)]
    private static partial Regex HalfYearReport();

    [GeneratedRegex(@"báo\s+cáo\s+(?:cả\s+)?năm|nhiệm\s+vụ\s+cả\s+năm|báo\s+cáo\s+tổng\s+kết", RegexOptions.IgnoreCase)]
    private static partial Regex YearReport();

    [GeneratedRegex(@"\bcác\s+(?:phòng|đơn\s+vị|ban|cơ\s+quan|trường)|\bmỗi\s+(?:phòng|đơn\s+vị)", RegexOptions.IgnoreCase)]
    private static partial Regex PluralUnits();

    [GeneratedRegex(@"hoặc\s+(?:\d+\s+)?(?:kế\s+hoạch|văn\s+bản|báo\s+cáo)", RegexOptions.IgnoreCase)]
    private static partial Regex AlternativeDocument();

    [GeneratedRegex(@"sau\s+khi\s+[^;)]{0,30}?được\s+(?:ban\s+hành|phê\s+duyệt|ký)", RegexOptions.IgnoreCase)]
    private static partial Regex DependsOnAnotherTask();

    [GeneratedRegex(@"website|trang\s+web|cổng\s+thông\s+tin|trang\s+thông\s+tin|đăng\s+tải|viết\s+bài|chuyên\s+mục|chuyên\s+trang|mạng\s+xã\s+hội", RegexOptions.IgnoreCase)]
    private static partial Regex WebWords();

    [GeneratedRegex(@"pa\s*nô|áp\s+phích|băng\s+rôn|khẩu\s+hiệu|cổ\s+động\s+trực\s+quan|cuộc\s+thi|hội\s+thi", RegexOptions.IgnoreCase)]
    private static partial Regex OffSiteWords();
}
