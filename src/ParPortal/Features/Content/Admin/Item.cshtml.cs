using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Audit;
using ParPortal.Features.Content;
using ParPortal.Features.Users;
using ParPortal.Time;

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// One item: its state, lifecycle actions, schedule, versions with restore, and its audit trail. Handlers follow
/// the house order: bad input → not found → forbidden → act → notice → redirect.
/// </summary>
public sealed class ItemModel(ParPortalDbContext db, ContentManager manager, ContentTypeRegistry types) : PageModel
{
    public ContentVersion Latest { get; private set; } = null!;

    public ContentVersion? Published { get; private set; }

    public IReadOnlyList<ContentVersion> History { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public bool CanEdit { get; private set; }

    /// <summary>The public page of the published version ("Xem trên trang"), or null.</summary>
    public string? PublicUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (latest is null)
        {
            return NotFound();
        }

        if (!User.CanEdit(types.Of(latest), latest.UnitId, read: true))
        {
            return Forbid();
        }

        await LoadAsync(latest, ct);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => ActAsync(id, Permissions.SubmitContent, () => manager.SubmitAsync(id, Actor, ct), "Đã gửi duyệt.", ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => ActAsync(id, Permissions.PublishContent, () => manager.PublishAsync(id, Actor, ct), "Đã xuất bản.", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) => ActAsync(id, Permissions.PublishContent, () => manager.ReturnToDraftAsync(id, Actor, ct), "Đã trả lại cho tác giả.", ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken ct) => ActAsync(id, Permissions.PublishContent, () => manager.UnpublishAsync(id, Actor, ct), "Đã gỡ xuất bản.", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct) => ActAsync(id, Permissions.PublishContent, () => manager.ArchiveAsync(id, Actor, ct), "Đã lưu trữ.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ActAsync(id, Permissions.ViewAdmin, () => manager.RestoreAsync(id, version, Actor, ct), $"Đã khôi phục phiên bản {version} thành bản nháp mới.", ct);

    public Task<IActionResult> OnPostScheduleAsync(Guid id, string? publishAt, string? unpublishAt, CancellationToken ct)
    {
        var publish = VietnameseDate.FromLocalInput(publishAt);
        var unpublish = VietnameseDate.FromLocalInput(unpublishAt);
        if ((!string.IsNullOrWhiteSpace(publishAt) && publish is null) || (!string.IsNullOrWhiteSpace(unpublishAt) && unpublish is null))
        {
            ModelState.AddModelError("publishAt", "Thời điểm hẹn giờ không đúng định dạng.");
        }

        return ActAsync(id, Permissions.PublishContent, () => manager.ScheduleAsync(id, publish, unpublish, Actor, ct), "Đã lưu lịch xuất bản.", ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var result = await ActAsync(id, Permissions.DeleteContent, () => manager.DeleteAsync(id, Actor, ct), "Đã xóa.", ct);
        return result is RedirectResult ? Redirect("/admin/content") : result;
    }

    private string Actor => User.Identity?.Name ?? "?";

    private async Task<IActionResult> ActAsync(Guid id, string permission, Func<Task> act, string notice, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ReloadAsync(id, ct);
        }

        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (latest is null)
        {
            return NotFound();
        }

        if (!User.HasPermission(permission) || !User.CanEdit(types.Of(latest), latest.UnitId))
        {
            return Forbid();
        }

        try
        {
            await act();
        }
        catch (ContentRuleException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            return await ReloadAsync(id, ct);
        }
        catch (ContentValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }

            return await ReloadAsync(id, ct);
        }

        TempData["Notice"] = notice;
        return Redirect($"/admin/content/{id}");
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct)
    {
        var latest = await ContentQueries.VersionAsync(db, id, published: false, ct);
        if (latest is null)
        {
            return NotFound();
        }

        await LoadAsync(latest, ct);
        return Page();
    }

    private async Task LoadAsync(ContentVersion latest, CancellationToken ct)
    {
        Latest = latest;
        CanEdit = User.CanEdit(types.Of(latest), latest.UnitId);
        Published = await ContentQueries.VersionAsync(db, latest.ContentItemId, published: true, ct);
        PublicUrl = Published is null ? null : types.PublicUrl(Published);
        History = await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == latest.ContentItemId).OrderByDescending(v => v.VersionNumber).ToListAsync(ct);
        Audit = await db.AuditLog.AsNoTracking().Where(a => a.ContentItemId == latest.ContentItemId).OrderByDescending(a => a.Id).Take(50).ToListAsync(ct);
    }
}
