using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Public;
using ParPortal.Features.Users;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>
/// Received, answered on time and late, closed, open and overdue questions of a period, by unit and by topic, with
/// the .xlsx a plan task that asks for handling feedback takes as evidence. Aggregate counts only, no personal data.
/// </summary>
[Authorize(Policy = Permissions.ViewDashboard)]
public sealed class StatisticsModel(FeedbackQueries queries, FeedbackDeadlines deadlines, SiteChrome chrome) : PeriodPageModel
{
    public FeedbackStatistics Statistics { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var agency = (await chrome.SettingsAsync()).AgencyName;
        return Workbook(s => FeedbackXlsx.WriteStatistics(s, Statistics, agency), $"thong-ke-hoi-dap-{Statistics.From:yyyyMMdd}-{Statistics.To:yyyyMMdd}.xlsx");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var (from, to, ok) = ReadPeriod(deadlines.Today);
        Statistics = await queries.StatisticsAsync(from, to, ct);
        return ok;
    }
}
