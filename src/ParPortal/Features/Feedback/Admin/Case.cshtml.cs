using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Admin;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Media;
using ParPortal.Features.Units;
using ParPortal.Features.Users;
using ParPortal.Text;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>
/// One question and its workflow: assign (editors), answer and send for approval (the assigned unit), approve or
/// return (editors), close with a reason (editors). The contact and attachment are shown only to those who may act on
/// the question. Handlers follow the house order: bad input → not found → forbidden → act → notice → redirect.
/// Reading it at all follows the content rule of its unit (declared, checked before a handler runs).
/// </summary>
[ContentAccess(ContentAccessKind.Read)]
public sealed class CaseModel(
    ParPortalDbContext db, FeedbackWorkflow workflow, FeedbackDeadlines deadlines, FeedbackAttachments attachments, ContentTypeRegistry types) : PageModel
{
    public FeedbackVersion Question { get; private set; } = null!;

    public FeedbackStatus Status { get; private set; }

    public DateOnly DueOn { get; private set; }

    public bool IsOverdue { get; private set; }

    /// <summary>The contact, for those who may act on the question; null for readers (the office).</summary>
    public FeedbackContact? Contact { get; private set; }

    public string? ConcernedUnit { get; private set; }

    public string? ProcedureTitle { get; private set; }

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public bool CanAct { get; private set; }

    /// <summary>The answer as posted, kept when a save fails so nothing typed is lost.</summary>
    public string? PostedAnswer { get; private set; }

    public string? ErrorFor(string field) => FormErrors.For(ModelState, field);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    // Each step declares who may take it (read by the route-table test and checked before the handler); the workflow
    // checks the question's state and its own rules on top.
    [RequirePermission(Permissions.EditAllContent)]
    public Task<IActionResult> OnPostAssignAsync(Guid id, string? unit, CancellationToken ct) =>
        ActAsync(id, () => workflow.AssignAsync(id, unit ?? string.Empty, User, ct), "Đã giao câu hỏi cho đơn vị.", ct);

    [ContentAccess(ContentAccessKind.Edit)]
    public Task<IActionResult> OnPostAnswerAsync(Guid id, int baseVersion, string? answer, bool submit, CancellationToken ct)
    {
        PostedAnswer = answer;
        return ActAsync(id, () => workflow.AnswerAsync(id, baseVersion, answer, submit, User, ct), submit ? "Đã gửi câu trả lời để duyệt." : "Đã lưu bản nháp câu trả lời.", ct);
    }

    [RequirePermission(Permissions.PublishContent)]
    [ContentAccess(ContentAccessKind.Edit)]
    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => workflow.ApproveAsync(id, User, ct), "Đã duyệt và công khai câu trả lời.", ct);

    [RequirePermission(Permissions.PublishContent)]
    [ContentAccess(ContentAccessKind.Edit)]
    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => workflow.ReturnAsync(id, User, ct), "Đã trả lại câu trả lời cho đơn vị.", ct);

    [RequirePermission(Permissions.EditAllContent)]
    public Task<IActionResult> OnPostCloseAsync(Guid id, string? reason, CancellationToken ct) =>
        ActAsync(id, () => workflow.CloseAsync(id, reason, User, ct), "Đã đóng câu hỏi.", ct);

    /// <summary>The citizen's attachment, for those who may act on the question; never cached, always a download.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (!CanAct || Contact is null || attachments.PhysicalPath(Contact) is not { } path)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentDisposition = ContentDispositionBuilder.Attachment(Contact.AttachmentName ?? "tep-dinh-kem");
        return PhysicalFile(path, Contact.AttachmentContentType ?? "application/octet-stream");
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> act, string notice, CancellationToken ct)
    {
        try
        {
            await act();
        }
        catch (FeedbackForbiddenException)
        {
            return Forbid();
        }
        catch (ContentRuleException e) when (e.Kind == ContentRuleKind.NotFound)
        {
            return NotFound();
        }
        catch (ContentRuleException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            return await LoadAsync(id, ct) ?? Page();
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
            return await LoadAsync(id, ct) ?? Page();
        }

        TempData["Notice"] = notice;
        return Redirect($"/admin/feedback/{id}");
    }

    /// <summary>Loads the question; returns a result only when the page must not be shown (not found, forbidden).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await FeedbackCase.ReadAsync(db, types, deadlines, id, User, ct);
        if (found is null)
        {
            return NotFound();
        }

        if (!found.MayRead)
        {
            return Forbid();
        }

        var q = Question = found.Question;
        (Status, DueOn, IsOverdue, CanAct, Contact) = (found.Status, found.DueOn, found.IsOverdue, found.MayAct, found.Contact);
        ConcernedUnit = Contact?.ConcernedUnitId is { } cu ? await db.Units.Where(u => u.Id == cu).Select(u => u.Name).SingleOrDefaultAsync(ct) : null;
        ProcedureTitle = q.ProcedureCode is { } code
            ? await db.Procedures.Where(p => p.IsPublished && p.Code == code).Select(p => p.Title).FirstOrDefaultAsync(ct)
            : null;
        Units = User.HasPermission(Permissions.EditAllContent) ? (await db.Units.AsNoTracking().Where(u => u.ValidTo == null).ToListAsync(ct)).By(u => u.Name).ToList() : [];
        return null;
    }
}
