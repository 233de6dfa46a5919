using System.Text.RegularExpressions;
using ParPortal.Text;

namespace ParPortal.Quotas.Import;

/// <summary>A task as the file states it, before its rules are read: every column's text.</summary>
public sealed record RawTask
{
    public string Code { get; init; } = string.Empty;

    public bool Unnumbered { get; init; }

    public string? GroupCode { get; init; }

    public string Content { get; set; } = string.Empty;

    public string Evidence { get; set; } = string.Empty;

    public string Lead { get; set; } = string.Empty;

    public string Coordinating { get; set; } = string.Empty;

    public string Timing { get; set; } = string.Empty;

    public string Budget { get; set; } = string.Empty;

    /// <summary>Lines of the file under the task that are neither its timing nor its units, kept for the office.</summary>
    public string Details { get; set; } = string.Empty;

    /// <summary>Where the task came from: a table row, a numbered item, or a bullet of the content section.</summary>
    public RawTaskSource Source { get; init; }
}

/// <summary>Where a task was read.</summary>
public enum RawTaskSource
{
    Table,
    NumberedItem,
    ContentBullet,
    FormBullet,
    Requirement,
    OrganizationProduct,
}

/// <summary>A content group of the table ("1.2. Thực hiện đa dạng hóa các nội dung tuyên truyền").</summary>
public sealed record RawGroup(string Code, string Title);

/// <summary>
/// Reads the tasks of an appendix or activity table: finds its header row by the words of its columns (Nội dung,
/// Nhiệm vụ, Sản phẩm / Kết quả, Cơ quan chủ trì, phối hợp, Thời gian, Kinh phí, STT), then one task per numbered
/// row. A row without a number continues the task above it when it begins in lower case (a row cut by a page break
/// in a copied text); otherwise it is a task of its own that the plan did not number ("Báo cáo cấp Sở"), its cells
/// put back into their columns by what they say when merged cells shifted them.
/// </summary>
public static partial class AppendixTable
{
    private enum Column { None, Number, Group, Task, Evidence, Lead, Coordinating, Timing, Budget }

    public static bool IsTaskTable(SourceTable table) => table.Rows.Any(r => Header(r) is not null);

    public static (List<RawTask> Tasks, List<RawGroup> Groups) Read(SourceTable table, string fallbackGroup)
    {
        var tasks = new List<RawTask>();
        var groups = new List<RawGroup>();
        Column[]? columns = null;
        string? group = null;
        foreach (var row in table.Rows)
        {
            if (Header(row) is { } header)
            {
                columns = header;
                continue;
            }

            if (columns is null || row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string Cell(Column c)
            {
                var i = Array.IndexOf(columns, c);
                return i >= 0 && i < row.Count ? row[i].Trim() : string.Empty;
            }

            var groupText = Cell(Column.Group);
            if (GroupPattern().Match(groupText) is { Success: true } g)
            {
                group = g.Groups["code"].Value.TrimEnd('.');
                groups.Add(new RawGroup(group, g.Groups["title"].Value.Trim()));
                groupText = string.Empty;
            }

            var taskText = Cell(Column.Task);
            var numberText = Cell(Column.Number);
            string? code = null;
            if (Array.IndexOf(columns, Column.Number) >= 0 && NumberOnly().IsMatch(numberText))
            {
                code = numberText.TrimEnd('.');
            }
            else if (TaskNumber().Match(taskText) is { Success: true } n)
            {
                code = n.Groups["code"].Value.TrimEnd('.');
                taskText = taskText[n.Length..].Trim();
            }

            if (code is not null)
            {
                tasks.Add(new RawTask
                {
                    Code = code,
                    GroupCode = group ?? fallbackGroup,
                    Content = taskText,
                    Evidence = Cell(Column.Evidence),
                    Lead = Cell(Column.Lead),
                    Coordinating = Cell(Column.Coordinating),
                    Timing = Cell(Column.Timing),
                    Budget = Cell(Column.Budget),
                    Source = RawTaskSource.Table,
                });
                continue;
            }

            var texts = row.Select((text, i) => (Text: text.Trim(), Column: i < columns.Length ? columns[i] : Column.None))
                .Where(c => c.Text.Length > 0 && c.Column != Column.Number).ToList();
            if (texts.Count == 0)
            {
                continue;
            }

            if (tasks.Count > 0 && !StartsUpper(texts[0].Text))
            {
                Continue(tasks[^1], texts);
            }
            else if (tasks.Count > 0 || groupText.Length > 0)
            {
                tasks.Add(Unnumbered(tasks.Count > 0 ? tasks[^1] : null, texts.Select(t => t.Text).ToList(), group ?? fallbackGroup));
            }
        }

        return (tasks, groups);
    }

    /// <summary>Appends a row cut by a page break to the task above, column by column.</summary>
    private static void Continue(RawTask task, List<(string Text, Column Column)> cells)
    {
        foreach (var (text, column) in cells)
        {
            switch (column)
            {
                case Column.Task or Column.Group:
                    task.Content = Join(task.Content, text);
                    break;
                case Column.Evidence:
                    task.Evidence = Join(task.Evidence, text);
                    break;
                case Column.Lead:
                    task.Lead = Join(task.Lead, text);
                    break;
                case Column.Coordinating:
                    task.Coordinating = Join(task.Coordinating, text);
                    break;
                case Column.Timing:
                    task.Timing = Join(task.Timing, text);
                    break;
                case Column.Budget:
                    task.Budget = Join(task.Budget, text);
                    break;
            }
        }
    }

    /// <summary>
    /// A row the plan did not number: the first text is the task; of the others, the first that names a unit is the
    /// lead and the first that names a time is the timing, whatever column a merged cell left them in.
    /// </summary>
    private static RawTask Unnumbered(RawTask? previous, List<string> texts, string? group)
    {
        var task = new RawTask
        {
            // A key for links and pages; the parser makes it unique when several unnumbered rows follow one task.
            Code = (previous?.Code ?? "0") + "-a",
            Unnumbered = true,
            GroupCode = previous?.GroupCode ?? group,
            Content = texts[0],
            Source = RawTaskSource.Table,
        };
        foreach (var text in texts.Skip(1))
        {
            if (task.Lead.Length == 0 && UnitWords().IsMatch(text))
            {
                task.Lead = text;
            }
            else if (task.Timing.Length == 0 && (QuotaPhrases.Window(text) is not null || QuotaPhrases.IsRegular(text) || TimeWords().IsMatch(text)))
            {
                task.Timing = text;
            }
            else
            {
                task.Details = Join(task.Details, text);
            }
        }

        return task;
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : a + " " + b;

    private static bool StartsUpper(string text) => text.Length > 0 && (char.IsUpper(text[0]) || text[0] is '-' or '•');

    /// <summary>The columns of a header row, or null when the row is not the header of a task table.</summary>
    private static Column[]? Header(IReadOnlyList<string> row)
    {
        var folded = row.Select(c => VietnameseText.Fold(c)).ToArray();
        var hasTask = folded.Any(c => c.Contains("nhiem vu", StringComparison.Ordinal) || c.Contains("hoat dong", StringComparison.Ordinal));
        var hasContent = folded.Any(c => c.Contains("noi dung", StringComparison.Ordinal));
        var hasWho = folded.Any(c => c.Contains("chu tri", StringComparison.Ordinal) || c.Contains("thoi gian", StringComparison.Ordinal));
        if (!(hasTask || hasContent) || !hasWho || folded.Any(c => c.Length > 60))
        {
            return null;
        }

        return folded.Select(c =>
            NumberOnlyHeader().IsMatch(c) ? Column.Number
            : c.Contains("nhiem vu", StringComparison.Ordinal) || c.Contains("hoat dong", StringComparison.Ordinal) ? Column.Task
            : c.Contains("noi dung", StringComparison.Ordinal) ? (hasTask ? Column.Group : Column.Task)
            : c.Contains("san pham", StringComparison.Ordinal) || c.Contains("ket qua", StringComparison.Ordinal) || c.Contains("minh chung", StringComparison.Ordinal) ? Column.Evidence
            : c.Contains("chu tri", StringComparison.Ordinal) ? Column.Lead
            : c.Contains("phoi hop", StringComparison.Ordinal) ? Column.Coordinating
            : c.Contains("thoi gian", StringComparison.Ordinal) || c.Contains("thoi han", StringComparison.Ordinal) || c.Contains("tien do", StringComparison.Ordinal) ? Column.Timing
            : c.Contains("kinh phi", StringComparison.Ordinal) ? Column.Budget
            : Column.None).ToArray();
    }

    [GeneratedRegex(@"^(?<code>\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(?<title>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^(?<code>\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+(?=\S)")]
    private static partial Regex TaskNumber();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^(?:\d+\.\s*)?(?:stt|tt|so tt)$")]
    private static partial Regex NumberOnlyHeader();

    [GeneratedRegex(@"^(?:Văn phòng|Phòng|Ban|Sở|UBND|Ủy ban|Trung tâm|Thanh tra|Các phòng|Các đơn vị|Đài|Hội)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitWords();

    [GeneratedRegex(@"\b(?:tháng|quý|năm|trước|hạn|ngày)\b|\d{1,2}/\d{1,2}", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWords();
}
