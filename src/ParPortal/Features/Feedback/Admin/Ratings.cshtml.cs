using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Features.Public;
using ParPortal.Features.Users;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>The page ratings of a period per type of page and per page, the latest comments, and the .xlsx.</summary>
[Authorize(Policy = Permissions.ViewAllContent)]
public sealed class RatingsModel(RatingResults results, FeedbackDeadlines deadlines, SiteChrome chrome) : PeriodPageModel
{
    public RatingReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var agency = (await chrome.SettingsAsync()).AgencyName;
        return Workbook(s => FeedbackXlsx.WriteRatings(s, Report, agency), $"danh-gia-trang-{Report.From:yyyyMMdd}-{Report.To:yyyyMMdd}.xlsx");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var (from, to, ok) = ReadPeriod(deadlines.Today);
        Report = await results.ReadAsync(from, to, ct);
        return ok;
    }
}
