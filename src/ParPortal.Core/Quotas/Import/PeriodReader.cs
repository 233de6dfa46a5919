using System.Text.RegularExpressions;
using ParPortal.Quotas.Model;

namespace ParPortal.Quotas.Import;

/// <summary>
/// The reporting periods a plan names: "báo cáo định kỳ hàng quý, 6 tháng, năm", "(Quý, 6 tháng và năm trước ngày 12
/// của tháng cuối kỳ báo cáo)", "theo quý, 6 tháng, đột xuất", and the report deadlines its tasks give ("Báo cáo 6
/// tháng (trước thời gian UBND tỉnh yêu cầu)", "Báo cáo năm: Trước 30/11/2024"). A period's due date is the
/// agency's own report's: when both the units and the agency report, the later deadline (the agency's) is the period's.
/// </summary>
public static partial class PeriodReader
{
    public static IReadOnlyList<ReportingPeriod> Read(
        IReadOnlyList<OutlineLine> outline, IReadOnlyList<ReportDeadline> deadlines, TaskRuleContext context, IReadOnlyList<PlanTask> tasks)
    {
        bool quarters = false, half = false, year = false;
        DueRule? rule = null;
        string? note = null;
        foreach (var line in outline)
        {
            var m = PeriodList().Match(line.Text);
            if (!m.Success || !line.Folded.Contains("bao cao", StringComparison.Ordinal))
            {
                continue;
            }

            quarters |= m.Groups["q"].Success;
            half |= m.Groups["h"].Success;
            year |= m.Groups["y"].Success;
            note ??= line.Text.Length > 200 ? line.Text[..200] : line.Text;
            if (DayOfLastMonth().Match(line.Text) is { Success: true } day)
            {
                rule = new DueRule
                {
                    Anchor = day.Groups["next"].Success ? DueAnchor.MonthAfterPeriod : DueAnchor.LastMonthOfPeriod,
                    Day = int.Parse(day.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    Before = day.Groups["before"].Success,
                };
            }
        }

        half |= deadlines.Any(d => d.PeriodLabel == context.HalfYearLabel);
        year |= deadlines.Any(d => d.PeriodLabel == context.YearLabel);
        // A window that follows a period's due date needs that period.
        var referenced = tasks.SelectMany(t => t.Rules).OfType<FilteredRule>().Where(r => r.Window.Kind == WindowKind.PeriodDue).Select(r => r.Window.Period).ToHashSet();
        half |= referenced.Contains(context.HalfYearLabel);
        year |= referenced.Contains(context.YearLabel);

        var periods = new List<ReportingPeriod>();
        if (quarters)
        {
            for (var q = 1; q <= 4; q++)
            {
                periods.Add(new ReportingPeriod { Label = $"Quý {q}/{context.Year}", Kind = ReportingPeriodKind.Quarter, Window = QuotaWindow.Quarter(q), DueRule = rule, Note = note });
            }
        }

        if (half)
        {
            periods.Add(WithDeadline(new ReportingPeriod { Label = context.HalfYearLabel, Kind = ReportingPeriodKind.HalfYear, Window = QuotaWindow.FirstHalf(), DueRule = rule, Note = note }, deadlines));
        }

        if (year)
        {
            periods.Add(WithDeadline(new ReportingPeriod { Label = context.YearLabel, Kind = ReportingPeriodKind.Year, Window = QuotaWindow.Year(), DueRule = rule, Note = note }, deadlines));
        }

        return periods;
    }

    /// <summary>The agency's own deadline for the period (not the units'), else the latest stated.</summary>
    private static ReportingPeriod WithDeadline(ReportingPeriod period, IReadOnlyList<ReportDeadline> deadlines)
    {
        var stated = deadlines.Where(d => d.PeriodLabel == period.Label).ToList();
        var chosen = stated.Where(d => !d.ByUnits).DefaultIfEmpty().Concat(stated).FirstOrDefault(d => d is not null);
        if (chosen is null)
        {
            return period;
        }

        return chosen.Due is { } due
            ? period with { DueDate = due, DueRule = null }
            : period with { DueRule = new DueRule { Anchor = DueAnchor.External, Authority = chosen.Authority, DaysBefore = chosen.DaysBefore } };
    }

    [GeneratedRegex(@"(?<q>\bquý\b)(?:[\s,]*(?<h>6\s+tháng))?(?:[\s,]*(?:và\s+)?(?<y>năm)\b)?|(?<h>6\s+tháng)[\s,]*(?:và\s+)?(?<y>năm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodList();

    [GeneratedRegex(@"(?<before>trước\s+)?ngày\s+(?<d>\d{1,2})\s+(?:của\s+)?tháng\s+(?:(?<next>đầu\s+kỳ\s+sau|sau|tiếp\s+theo)|cuối\s+kỳ)", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfLastMonth();
}
