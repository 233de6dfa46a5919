using System.Text.RegularExpressions;

namespace ParPortal.Quotas.Import;

/// <summary>
/// Where a plan's tasks are written. A plan with a task table (its appendix, or "Hoạt động tuyên truyền trọng tâm")
/// lists its tasks there. A plan without one lists them in its content part ("II. NỘI DUNG …"): each numbered item
/// ("2.1.") is a task with its "+ Thời gian / Chủ trì / Phối hợp" lines, and, where a section has no items, each
/// bullet ("-", "+") is a task the plan did not number. A coverage requirement ("Đảm bảo 100% … bộ TTHC") is a task
/// wherever it is written.
/// </summary>
public static partial class PlanTaskSources
{
    public static (List<RawTask> Tasks, List<RawGroup> Groups) Read(SourceDocument document, IReadOnlyList<OutlineLine> outline)
    {
        var tasks = new List<RawTask>();
        var groups = new List<RawGroup>();
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is SourceTable table && AppendixTable.IsTaskTable(table))
            {
                var part = outline.LastOrDefault(l => l.Block < i);
                var fallback = part?.Part is { Length: > 0 } p ? p : "PL";
                var (rows, tableGroups) = AppendixTable.Read(table, fallback);
                tasks.AddRange(rows);
                groups.AddRange(tableGroups);
                if (tableGroups.Count == 0 && part is not null && !groups.Any(g => g.Code == fallback))
                {
                    groups.Add(new RawGroup(fallback, Capitalise(part.PartTitle)));
                }
            }
        }

        if (tasks.Count == 0)
        {
            ReadContentPart(outline, tasks, groups);
        }

        ReadRequirements(outline, tasks, groups);
        ReadOrganizationProducts(outline, tasks, groups);
        return (tasks, groups);
    }

    private static void ReadContentPart(IReadOnlyList<OutlineLine> outline, List<RawTask> tasks, List<RawGroup> groups)
    {
        var part = outline.FirstOrDefault(l => l.Kind == OutlineKind.Part && l.Folded.Contains("noi dung", StringComparison.Ordinal));
        if (part is null)
        {
            return;
        }

        var lines = outline.Where(l => l.Part == part.Number && l.Kind != OutlineKind.Part).ToList();
        var timing = lines.Select(l => TimingStatement().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups["t"].Value.Trim(' ', '.');
        RawTask? item = null;
        var bulletCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Kind == OutlineKind.Section)
            {
                item = null;
                continue;
            }

            if (SkippedSection().IsMatch(line.SectionTitle))
            {
                continue;
            }

            var group = line.Section.Length > 0 ? $"{part.Number}.{line.Section}" : part.Number;
            if (!groups.Any(g => g.Code == group))
            {
                groups.Add(new RawGroup(group, Capitalise(line.Section.Length > 0 ? line.SectionTitle : part.PartTitle)));
            }

            if (line.Kind == OutlineKind.Item)
            {
                item = new RawTask { Code = line.Number, GroupCode = group, Content = line.Text.Trim('*', ' '), Source = RawTaskSource.NumberedItem };
                tasks.Add(item);
                continue;
            }

            if (item is not null)
            {
                Attribute(item, line);
                continue;
            }

            if (line.Kind is not (OutlineKind.Bullet or OutlineKind.SubBullet) || TimingStatement().IsMatch(line.Text))
            {
                continue;
            }

            var n = bulletCount[group] = bulletCount.GetValueOrDefault(group) + 1;
            tasks.Add(new RawTask
            {
                Code = $"{group}-{n}",
                Unnumbered = true,
                GroupCode = group,
                Content = line.Text,
                Timing = timing ?? "Thường xuyên",
                // Bullets of a "Hình thức" section are ways of communicating; of any other, contents to communicate.
                Source = FormsSection().IsMatch(line.SectionTitle) && !ContentsSection().IsMatch(line.SectionTitle)
                    ? RawTaskSource.FormBullet
                    : RawTaskSource.ContentBullet,
            });
        }
    }

    /// <summary>"+ Thời gian thực hiện: …", "+ Chủ trì thực hiện: …", "+ Phối hợp thực hiện: …"; anything else is detail.</summary>
    private static void Attribute(RawTask item, OutlineLine line)
    {
        var m = AttributeLine().Match(line.Text);
        if (!m.Success)
        {
            item.Details = (item.Details + " " + line.Text).Trim();
            return;
        }

        var value = m.Groups["v"].Value.Trim(' ', '.');
        switch (m.Groups["k"].Value.ToLowerInvariant())
        {
            case var k when k.StartsWith("thời gian", StringComparison.Ordinal) || k.StartsWith("thời hạn", StringComparison.Ordinal):
                item.Timing = value;
                break;
            case var k when k.StartsWith("chủ trì", StringComparison.Ordinal):
                item.Lead = value;
                break;
            case var k when k.StartsWith("phối hợp", StringComparison.Ordinal):
                item.Coordinating = value;
                break;
            default:
                item.Details = (item.Details + " " + line.Text).Trim();
                break;
        }
    }

    /// <summary>A coverage target written outside the tasks ("Đảm bảo 100% … bộ TTHC …") becomes a task of its own.</summary>
    private static void ReadRequirements(IReadOnlyList<OutlineLine> outline, List<RawTask> tasks, List<RawGroup> groups)
    {
        if (tasks.Any(t => QuotaPhrases.CoveragePercent(t.Content + " " + t.Evidence) is not null))
        {
            return;
        }

        var count = 0;
        foreach (var line in outline)
        {
            if (line.Kind is OutlineKind.Part or OutlineKind.Section || QuotaPhrases.CoveragePercent(line.Text) is null)
            {
                continue;
            }

            var group = line.Section.Length > 0 ? $"{line.Part}.{line.Section}" : line.Part;
            if (!groups.Any(g => g.Code == group))
            {
                groups.Add(new RawGroup(group, Capitalise(line.Section.Length > 0 ? line.SectionTitle : line.PartTitle)));
            }

            tasks.Insert(count++, new RawTask
            {
                Code = $"{group}-{count}",
                Unnumbered = true,
                GroupCode = group,
                Content = line.Text,
                Source = RawTaskSource.Requirement,
            });
        }
    }

    /// <summary>
    /// A product the part "Tổ chức thực hiện" assigns to a unit and says to publish on the portal ("Xây dựng Sổ tay
    /// hướng dẫn … đăng trên Cổng thông tin điện tử huyện") is a task of that unit, though no table lists it.
    /// </summary>
    private static void ReadOrganizationProducts(IReadOnlyList<OutlineLine> outline, List<RawTask> tasks, List<RawGroup> groups)
    {
        var part = outline.FirstOrDefault(l => l.Kind == OutlineKind.Part && l.Folded.Contains("to chuc thuc hien", StringComparison.Ordinal));
        if (part is null)
        {
            return;
        }

        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in outline.Where(l => l.Part == part.Number && l.Kind is OutlineKind.Bullet or OutlineKind.Text))
        {
            if (!BuildsProduct().IsMatch(line.Text) || !PublishedOnline().IsMatch(line.Text))
            {
                continue;
            }

            var group = line.Section.Length > 0 ? $"{part.Number}.{line.Section}" : part.Number;
            if (!groups.Any(g => g.Code == group))
            {
                groups.Add(new RawGroup(group, line.Section.Length > 0 ? $"{line.SectionTitle} ({Capitalise(part.PartTitle).ToLowerInvariant()})" : Capitalise(part.PartTitle)));
            }

            var n = count[group] = count.GetValueOrDefault(group) + 1;
            tasks.Add(new RawTask
            {
                Code = $"{group}-{n}",
                Unnumbered = true,
                GroupCode = group,
                Content = line.Text,
                Lead = line.SectionTitle,
                Timing = $"Trong năm",
                Source = RawTaskSource.OrganizationProduct,
            });
        }
    }

    private static string Capitalise(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || t.Any(char.IsLower) ? t : char.ToUpperInvariant(t[0]) + t[1..].ToLowerInvariant();
    }

    [GeneratedRegex(@"^(?:Thực hiện\s+)?(?<t>thường xuyên[^.]{0,40})\.?$|^Thời gian(?: thực hiện)?(?: tuyên truyền)?\s*:\s*(?<t>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimingStatement();

    [GeneratedRegex(@"hình\s+thức", RegexOptions.IgnoreCase)]
    private static partial Regex FormsSection();

    [GeneratedRegex(@"nội\s+dung", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsSection();

    [GeneratedRegex(@"^xây\s+dựng\s+(?:sổ\s+tay|cẩm\s+nang|(?:bộ\s+)?tài\s+liệu|bộ\s+câu\s+hỏi|video|phóng\s+sự|chuyên\s+mục|chuyên\s+trang)", RegexOptions.IgnoreCase)]
    private static partial Regex BuildsProduct();

    [GeneratedRegex(@"đăng(?:\s+tải)?\s+(?:trên|lên)\s+(?:cổng|trang|website)", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedOnline();

    [GeneratedRegex(@"^(?:đối tượng|mục đích|mục tiêu|yêu cầu)", RegexOptions.IgnoreCase)]
    private static partial Regex SkippedSection();

    [GeneratedRegex(@"^(?<k>Thời gian(?: thực hiện)?|Thời hạn|Chủ trì(?: thực hiện)?|Phối hợp(?: thực hiện)?|Nội dung)\s*:\s*(?<v>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributeLine();
}
