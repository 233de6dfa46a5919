using Microsoft.AspNetCore.Authorization;
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
public sealed class StatisticsModel(FeedbackQueries queries, FeedbackDeadlines deadlines, SiteChrome chrome) : PeriodPageModel<FeedbackStatistics>(deadlines, chrome)
{
    protected override Task<FeedbackStatistics> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct) => queries.StatisticsAsync(from, to, ct);

    protected override void Write(Stream stream, FeedbackStatistics report, string agency) => FeedbackXlsx.WriteStatistics(stream, report, agency);

    protected override string FileName(FeedbackStatistics report) => $"thong-ke-hoi-dap-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.xlsx";
}
