using Microsoft.AspNetCore.Authorization;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Features.Public;
using ParPortal.Features.Users;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>The page ratings of a period per type of page and per page, the latest comments, and the .xlsx.</summary>
[Authorize(Policy = Permissions.ViewAllContent)]
public sealed class RatingsModel(RatingResults results, FeedbackDeadlines deadlines, SiteChrome chrome) : PeriodPageModel<RatingReport>(deadlines, chrome)
{
    protected override Task<RatingReport> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct) => results.ReadAsync(from, to, ct);

    protected override void Write(Stream stream, RatingReport report, string agency) => FeedbackXlsx.WriteRatings(stream, report, agency);

    protected override string FileName(RatingReport report) => $"danh-gia-trang-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.xlsx";
}
