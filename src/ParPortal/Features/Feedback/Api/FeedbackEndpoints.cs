using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Users;
using ParPortal.Time;

namespace ParPortal.Features.Feedback.Api;

/// <summary>
/// The feedback API: the queue and a question (with the contact for those who may act on it), the workflow steps,
/// the statistics, the ratings, and the public status look-up by tracking code. Handlers follow the house order:
/// bad input → not found → forbidden → act.
/// </summary>
public static class FeedbackEndpoints
{
    public static RouteGroupBuilder MapFeedbackApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/feedback").WithTags("Feedback");
        g.MapGet("/", ListAsync).RequireAuthorization(Permissions.ViewAdmin);
        g.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Permissions.ViewAdmin);
        g.MapPost("/{id:guid}/assign", async (Guid id, HttpRequest r, FeedbackWorkflow w, ClaimsPrincipal u, CancellationToken ct) =>
            await StepAsync(async () => await w.AssignAsync(id, (await ApiJson.ReadAsync<AssignRequest>(r, ct)).Unit ?? string.Empty, u, ct)))
            .RequireAuthorization(Permissions.EditAllContent).Accepts<AssignRequest>("application/json");
        g.MapPost("/{id:guid}/answer", async (Guid id, HttpRequest r, FeedbackWorkflow w, ClaimsPrincipal u, CancellationToken ct) =>
            await StepAsync(async () =>
            {
                var body = await ApiJson.ReadAsync<AnswerRequest>(r, ct);
                await w.AnswerAsync(id, body.BaseVersion, body.Answer, body.Submit, u, ct);
            }))
            .RequireAuthorization(Permissions.EditOwnUnitContent).Accepts<AnswerRequest>("application/json");
        g.MapPost("/{id:guid}/approve", (Guid id, FeedbackWorkflow w, ClaimsPrincipal u, CancellationToken ct) => StepAsync(() => w.ApproveAsync(id, u, ct)))
            .RequireAuthorization(Permissions.PublishContent);
        g.MapPost("/{id:guid}/return", (Guid id, FeedbackWorkflow w, ClaimsPrincipal u, CancellationToken ct) => StepAsync(() => w.ReturnAsync(id, u, ct)))
            .RequireAuthorization(Permissions.PublishContent);
        g.MapPost("/{id:guid}/close", async (Guid id, HttpRequest r, FeedbackWorkflow w, ClaimsPrincipal u, CancellationToken ct) =>
            await StepAsync(async () => await w.CloseAsync(id, (await ApiJson.ReadAsync<CloseRequest>(r, ct)).Reason, u, ct)))
            .RequireAuthorization(Permissions.EditAllContent).Accepts<CloseRequest>("application/json");
        g.MapGet("/statistics", async (string? from, string? to, FeedbackQueries q, FeedbackDeadlines d, CancellationToken ct) =>
        {
            var (f, t) = Period(from, to, d.Today);
            return Results.Ok(await q.StatisticsAsync(f, t, ct));
        }).RequireAuthorization(Permissions.ViewDashboard);
        g.MapGet("/track/{code}", TrackAsync).AllowAnonymous().RequireRateLimiting(FeedbackServiceCollectionExtensions.TrackPolicy);
        api.MapGet("/ratings", async (string? from, string? to, RatingResults results, FeedbackDeadlines d, CancellationToken ct) =>
        {
            var (f, t) = Period(from, to, d.Today);
            return Results.Ok(await results.ReadAsync(f, t, ct));
        }).WithTags("Feedback").RequireAuthorization(Permissions.ViewAllContent);
        return g;
    }

    private static async Task<IResult> ListAsync(
        string? status, bool? overdue, int? page, int? pageSize, FeedbackQueries queries, ClaimsPrincipal user, CancellationToken ct)
    {
        FeedbackStatus? wanted = null;
        if (status is not null)
        {
            wanted = Enum.TryParse<FeedbackStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? s
                : throw ContentValidationException.Single("status", $"Trạng thái không hợp lệ; dùng một trong: {string.Join(", ", FeedbackStatuses.All)}.");
        }

        var paging = PageRequest.Of(page, pageSize, 20, 100);
        var rows = (await queries.RowsAsync(null, null, Scope(user), openOnly: false, ct))
            .Where(r => (wanted is null || r.Status == wanted) && (overdue != true || r.IsOverdue)).ToList();
        return Results.Ok(new Paged<FeedbackListItem>(rows.Skip(paging.Skip).Take(paging.Size).Select(FeedbackListItem.From).ToList(), rows.Count, paging.Number, paging.Size));
    }

    private static async Task<IResult> GetAsync(Guid id, ParPortalDbContext db, ContentTypeRegistry types, FeedbackDeadlines deadlines, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await FeedbackCase.ReadAsync(db, types, deadlines, id, user, ct);
        if (found is null)
        {
            return NotFound();
        }

        if (!found.MayRead)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Bạn không có quyền xem câu hỏi này.");
        }

        var (v, c) = (found.Question, found.Contact);
        return Results.Ok(new FeedbackDto(
            id, v.Title, v.Question, v.Answer, v.ProcedureCode, v.TrackingCode, found.Status, FeedbackStatuses.Vietnamese(found.Status), v.ReceivedOn,
            found.DueOn, found.IsOverdue, v.Unit?.Code, v.Topics.Select(t => t.Slug).ToList(), v.AnsweredBy, v.AnsweredUtc, v.ClosedReason, v.VersionNumber,
            v.Item.PublishedVersionNumber is null ? null : FeedbackUrls.Item(v.Item.Slug),
            c is null ? null : new FeedbackContactDto(c.Name, c.Phone, c.Email, c.AttachmentName)));
    }

    private static async Task<IResult> TrackAsync(string code, ParPortalDbContext db, FeedbackDeadlines deadlines, CancellationToken ct)
    {
        var normal = TrackingCodes.Normalize(code);
        var found = normal is null ? null : await FeedbackTracking.FindAsync(db, deadlines, normal, ct);
        return found is null ? NotFound() : Results.Ok(found);
    }

    private static async Task<IResult> StepAsync(Func<Task> step)
    {
        try
        {
            await step();
            return Results.NoContent();
        }
        catch (FeedbackForbiddenException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: e.Message);
        }
    }

    /// <summary>Contributors see their own unit's questions; those who see all content see all.</summary>
    private static int? Scope(ClaimsPrincipal user) => user.HasPermission(Permissions.ViewAllContent) ? null : user.UnitId() ?? -1;

    /// <summary>The period of <c>from</c>/<c>to</c> (YYYY-MM-DD); the current year by default.</summary>
    internal static (DateOnly From, DateOnly To) Period(string? from, string? to, DateOnly today)
    {
        var f = ParseDay(from, "from") ?? new DateOnly(today.Year, 1, 1);
        var t = ParseDay(to, "to") ?? new DateOnly(today.Year, 12, 31);
        return t < f ? throw ContentValidationException.Single("to", "Ngày kết thúc phải sau ngày bắt đầu.") : (f, t);
    }

    private static DateOnly? ParseDay(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out var d) && d.Year is >= 2000 and <= 2100 ? d
        : throw ContentValidationException.Single(field, "Ngày phải có dạng YYYY-MM-DD (ví dụ 2026-06-30).");

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy câu hỏi.");
}
