using System.Text.RegularExpressions;
using ParPortal.Quotas.Model;
using ParPortal.Text;

namespace ParPortal.Quotas.Import;

/// <summary>
/// A report deadline the body of the plan writes for a unit ("Các phòng, ban, đơn vị … báo cáo … trước 20/11/2024",
/// mục Tổ chức thực hiện) that differs from the table's for the same unit and report (phụ lục: "trước 26/11/2024"):
/// the stricter date wins, and the rule's note says where each date comes from.
/// </summary>
public static partial class DateConflicts
{
    public static List<PlanTask> Apply(IReadOnlyList<OutlineLine> outline, List<PlanTask> tasks, int year, List<string> notes)
    {
        var part = outline.FirstOrDefault(l => l.Kind == OutlineKind.Part && l.Folded.Contains("to chuc thuc hien", StringComparison.Ordinal));
        if (part is null)
        {
            return tasks;
        }

        foreach (var line in outline.Where(l => l.Part == part.Number && l.Kind != OutlineKind.Part && l.Folded.Contains("bao cao", StringComparison.Ordinal)))
        {
            if (QuotaPhrases.Deadline(line.Text, year) is not { } stated)
            {
                continue;
            }

            var who = VietnameseText.Fold(line.SectionTitle.Length > 0 ? line.SectionTitle : line.Text);
            for (var t = 0; t < tasks.Count; t++)
            {
                var task = tasks[t];
                var lead = LeadWords(task.LeadUnit);
                if (lead.Length < 6 || !who.Contains(lead, StringComparison.Ordinal))
                {
                    continue;
                }

                var rules = task.Rules.ToList();
                for (var r = 0; r < rules.Count; r++)
                {
                    if (Replace(rules[r], stated.Due, $"mục {part.Number}.{line.Section}", out var stricter, out var written))
                    {
                        rules[r] = stricter;
                        notes.Add($"Nhiệm vụ {task.Code}: mục {part.Number}.{line.Section} ghi “{stated.Phrase}”, bảng ghi hạn {written:dd/MM/yyyy}; đã lấy hạn sớm hơn.");
                    }
                }

                tasks[t] = task with { Rules = rules };
            }
        }

        return tasks;
    }

    /// <summary>A report rule whose due date differs from the body's by at most 45 days, re-dated to the earlier one.</summary>
    private static bool Replace(QuotaRule rule, DateOnly due, string where, out QuotaRule stricter, out DateOnly written)
    {
        stricter = rule;
        written = default;
        var isReport = rule switch
        {
            DeliverableRule d => d.DocumentKinds.Contains("Báo cáo"),
            FilteredRule f => f.DocumentKinds.Contains("Báo cáo") && f.Window.Kind == WindowKind.Custom,
            _ => false,
        };
        var end = rule switch
        {
            DeliverableRule d => d.DueDate,
            FilteredRule { Window.To: { } to } => to,
            _ => (DateOnly?)null,
        };
        if (!isReport || end is not { } tableDue || tableDue == due || Math.Abs(tableDue.DayNumber - due.DayNumber) > 45)
        {
            return false;
        }

        written = tableDue.AddDays(1);
        var earlier = due < tableDue ? due : tableDue;
        var note = $"{rule.Note}: trước {due.AddDays(1):dd/MM/yyyy} theo {where} (bảng ghi trước {written:dd/MM/yyyy}; áp dụng hạn sớm hơn)";
        stricter = rule switch
        {
            DeliverableRule d => d with { DueDate = earlier, Note = note },
            FilteredRule f => f switch
            {
                PerUnitRule p => p with { Window = p.Window with { To = earlier }, Note = note },
                CountRule c => c with { Window = c.Window with { To = earlier }, Note = note },
                _ => f,
            },
            _ => rule,
        };
        return true;
    }

    /// <summary>The folded first words of a lead text ("Các phòng, ban, đơn vị" → "cac phong, ban, don vi").</summary>
    private static string LeadWords(string lead)
    {
        var first = Separators().Split(lead)[0];
        return VietnameseText.Fold(first).Trim();
    }

    [GeneratedRegex(@"[;(]|\s-\s|\s–\s")]
    private static partial Regex Separators();
}
