using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Users;

namespace ParPortal.Features.Feedback.Workflow;

/// <summary>
/// The moderation steps of a question, each through the content manager (so every step is a version with its audit
/// entry and the lifecycle's rules), and each all-or-nothing: a step that takes two content operations (save the
/// answer, then send it for approval) runs them in one transaction and tells the committed observers afterwards, as
/// the content manager does for a single operation. Who may do what is checked here, for the admin pages and the API
/// alike: editors assign, approve, return and close; the assigned unit (and editors) answer.
/// </summary>
public sealed class FeedbackWorkflow(
    ParPortalDbContext db, ContentManager content, ContentTypeRegistry types, IEnumerable<IContentCommittedObserver> observers, TimeProvider clock)
{
    private ContentTypeDefinition Type => types.Get(ContentTypes.Feedback);

    /// <summary>Assigns (or reassigns) an open question to a unit, which then drafts the answer.</summary>
    public async Task AssignAsync(Guid id, string unitCode, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        Require(user.HasPermission(Permissions.EditAllContent));
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == unitCode, ct)
            ?? throw ContentValidationException.Single("unit", "Hãy chọn đơn vị xử lý.");
        EnsureOpen(latest, "giao đơn vị");
        await RunAsync(async () =>
        {
            if (latest.State == ContentState.InReview)
            {
                await content.ReturnToDraftAsync(id, user.ActorName(), ct);
            }

            await content.SaveAsync(id, latest.VersionNumber, v => (v.Unit, v.UnitId) = (unit, unit.Id), user.ActorName(), ct: ct);
        }, id, ContentEvent.Saved, ct);
    }

    /// <summary>Saves the unit's answer; with <paramref name="submit"/> also sends it to an editor for approval.</summary>
    public async Task AnswerAsync(Guid id, int baseVersion, string? answer, bool submit, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        Require(user.CanEdit(Type, latest.UnitId) && (!submit || user.HasPermission(Permissions.SubmitContent)));
        var text = FeedbackText.Clean(answer);
        if (text is null)
        {
            throw ContentValidationException.Single("answer", "Câu trả lời là bắt buộc.");
        }

        EnsureOpen(latest, "trả lời");
        if (latest.UnitId is null)
        {
            throw new ContentRuleException("Câu hỏi chưa được giao cho đơn vị nào; biên tập viên giao đơn vị trước.", "unit");
        }

        var actor = user.ActorName();
        var now = clock.GetUtcNow().UtcDateTime;
        await RunAsync(async () =>
        {
            if (latest.State == ContentState.InReview)
            {
                await content.ReturnToDraftAsync(id, actor, ct);
                baseVersion = latest.VersionNumber;
            }

            await content.SaveAsync(id, baseVersion, v =>
            {
                var f = (FeedbackVersion)v;
                f.Answer = text;
                f.RecordAnswer(actor, now);
            }, actor, ct: ct);
            if (submit)
            {
                await content.SubmitAsync(id, actor, ct);
            }
        }, id, ContentEvent.Saved, ct);
    }

    /// <summary>Approves the answer sent for approval: the question and answer are published.</summary>
    public async Task ApproveAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        Require(user.HasPermission(Permissions.PublishContent) && user.CanEdit(Type, latest.UnitId));
        if (latest.State != ContentState.InReview)
        {
            throw new ContentRuleException("Chỉ duyệt được câu trả lời mà đơn vị đã gửi duyệt.", "state");
        }

        await RunAsync(() => content.PublishAsync(id, user.ActorName(), ct), id, ContentEvent.Published, ct);
    }

    /// <summary>Returns the answer to the unit as a draft.</summary>
    public async Task ReturnAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        Require(user.HasPermission(Permissions.PublishContent) && user.CanEdit(Type, latest.UnitId));
        await RunAsync(() => content.ReturnToDraftAsync(id, user.ActorName(), ct), id, ContentEvent.Saved, ct);
    }

    /// <summary>Closes a question without publishing it (spam, a duplicate, outside the agency's remit…), with the reason.</summary>
    public async Task CloseAsync(Guid id, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        Require(user.HasPermission(Permissions.EditAllContent));
        var why = ContentInputMapper.Nfc(reason);
        if (string.IsNullOrEmpty(why))
        {
            throw ContentValidationException.Single("reason", "Hãy ghi lý do đóng câu hỏi (người hỏi sẽ thấy lý do này).");
        }

        if (why.Length > 1000)
        {
            throw ContentValidationException.Single("reason", "Lý do dài tối đa 1000 ký tự.");
        }

        EnsureOpen(latest, "đóng");
        var actor = user.ActorName();
        var now = clock.GetUtcNow().UtcDateTime;
        await RunAsync(async () =>
        {
            await content.SaveAsync(id, latest.VersionNumber, v => ((FeedbackVersion)v).RecordClosing(why, now), actor, ct: ct);
            await content.ArchiveAsync(id, actor, ct);
        }, id, ContentEvent.Unpublished, ct);
    }

    private async Task<FeedbackVersion> LatestAsync(Guid id, CancellationToken ct) =>
        await db.Set<FeedbackVersion>().AsNoTracking().Include(v => v.Item).SingleOrDefaultAsync(v => v.ContentItemId == id && v.IsLatest, ct)
        ?? throw new ContentRuleException("Không tìm thấy câu hỏi.", "id", ContentRuleKind.NotFound);

    private static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new FeedbackForbiddenException();
        }
    }

    private static void EnsureOpen(FeedbackVersion latest, string action)
    {
        if (!FeedbackStatuses.IsOpen(FeedbackStatuses.Of(latest)))
        {
            throw new ContentRuleException($"Không thể {action}: câu hỏi đã được trả lời hoặc đã đóng.", "state");
        }
    }

    /// <summary>Runs content operations in one transaction, then tells the observers (cache, mail) about the result.</summary>
    private async Task RunAsync(Func<Task> steps, Guid id, ContentEvent outcome, CancellationToken ct)
    {
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await steps();
                await tx.CommitAsync(ct);
            }
            catch
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        }

        var item = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id, ct);
        var versions = await db.ContentVersions.AsNoTracking().Include(v => v.Unit)
            .Where(v => v.ContentItemId == id && (v.IsLatest || v.IsPublished)).ToListAsync(ct);
        var change = new ContentChange(outcome, item, versions.Single(v => v.IsLatest), versions.SingleOrDefault(v => v.IsPublished));
        foreach (var observer in observers)
        {
            observer.OnCommitted(change);
        }
    }
}

/// <summary>The user may not take this step on this question (the pages answer 403, the API a 403 ProblemDetails).</summary>
public sealed class FeedbackForbiddenException() : Exception("Bạn không có quyền thực hiện thao tác này với câu hỏi này.");
