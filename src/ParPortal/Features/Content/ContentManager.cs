using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Content;

/// <summary>
/// Every change to content goes through here (admin pages, API, recipes, the procedure spreadsheet import, the
/// scheduler), in the shape of Orchard's content manager: one transaction per operation, the lifecycle rules from the
/// domain, an audit entry, the publication record, and the handlers that keep derived data in step
/// (the commit, in ContentManager.Commit.cs). This file holds creating and editing; the lifecycle, the batch path and the commit
/// are in the other parts of the class.
/// </summary>
public sealed partial class ContentManager(
    ParPortalDbContext db,
    TimeProvider clock,
    ContentTypeRegistry types,
    IEnumerable<IContentHandler> handlers,
    IEnumerable<IContentCommittedObserver> observers)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Creates an item whose first version is <paramref name="draft"/> (a Draft).</summary>
    public async Task<ContentItem> CreateAsync(ContentVersion draft, string? slug, string actor, string? externalKey = null, CancellationToken ct = default)
    {
        ContentVersionValidation.Validate(draft);
        var type = types.Of(draft).Name;
        var wanted = WantedSlug(string.IsNullOrWhiteSpace(slug) ? draft.Title : slug);
        var taken = await db.ContentItems.Where(i => i.ContentType == type && (i.Slug == wanted || i.Slug.StartsWith(wanted + "-")))
            .Select(i => i.Slug).ToListAsync(ct);
        var item = NewItem(type, ParPortal.Content.Slug.Unique(wanted, taken.Contains), externalKey, actor, Now);
        StartVersion(item, draft, actor, Now);
        db.ContentItems.Add(item);
        Audit("create", item, draft, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, draft, null), ct);
        return item;
    }

    /// <summary>
    /// Saves an edit as a new latest version holding the fields of <paramref name="edited"/> (a version made from the
    /// editor's input). <paramref name="baseVersion"/> is the version the editor started from: when someone saved
    /// meanwhile, the save is refused (409) and nothing is overwritten.
    /// </summary>
    public Task<ContentVersion> SaveAsync(Guid itemId, int baseVersion, ContentVersion edited, string actor, string? newSlug = null, CancellationToken ct = default) =>
        SaveAsync(itemId, baseVersion, v => v.CopyFieldsFrom(edited), actor, newSlug, ct);

    /// <summary>Saves an edit made by <paramref name="edit"/> on a copy of the latest version.</summary>
    public async Task<ContentVersion> SaveAsync(Guid itemId, int baseVersion, Action<ContentVersion> edit, string actor, string? newSlug = null, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        EnsureBase(item, latest, baseVersion);
        var next = latest.CopyForNewVersion();
        edit(next);
        ContentVersionValidation.Validate(next);
        if (!string.IsNullOrWhiteSpace(newSlug) && newSlug != item.Slug)
        {
            await ChangeSlugAsync(item, newSlug, ct);
        }

        NextVersion(item, latest, next, actor, VersionDiff.Describe(latest, next), Now);
        Audit("save", item, next, actor, next.ChangeNote);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, next, published), ct);
        return next;
    }

    /// <summary>Restores an old version as a new draft; history is never rewritten.</summary>
    /// <param name="mayWrite">
    /// Whether the caller may write the old version as it is (its unit, above all): restoring must not move an item
    /// somewhere its author could not save it. Refused with <see cref="ContentRuleKind.Forbidden"/>.
    /// </param>
    public async Task<ContentVersion> RestoreAsync(Guid itemId, int versionNumber, string actor, CancellationToken ct = default, Func<ContentVersion, bool>? mayWrite = null)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        var old = await db.ContentVersions.Include(v => v.Topics).AsSplitQuery()
            .OrderBy(v => v.Id).SingleOrDefaultAsync(v => v.ContentItemId == itemId && v.VersionNumber == versionNumber, ct)
            ?? throw new ContentRuleException($"Không có phiên bản {versionNumber}.", "version", ContentRuleKind.NotFound);
        if (mayWrite is not null && !mayWrite(old))
        {
            throw new ContentRuleException($"Phiên bản {versionNumber} thuộc đơn vị mà bạn không được ghi nội dung; không khôi phục được.", "version", ContentRuleKind.Forbidden);
        }

        var next = old.CopyForNewVersion();
        NextVersion(item, latest, next, actor, $"Khôi phục từ phiên bản {versionNumber}", Now);
        Audit("restore", item, next, actor, next.ChangeNote);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, next, published), ct);
        return next;
    }

    /// <summary>Deletes the item and all its versions; the audit log keeps the record of it.</summary>
    public async Task DeleteAsync(Guid itemId, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        Audit("delete", item, latest, actor, null);
        db.ContentItems.Remove(item);
        await CommitAsync(new ContentChange(ContentEvent.Deleted, item, null, null, published), ct);
    }

    /// <summary>Replaces the editor's "counts toward" links of an item for one plan.</summary>
    public async Task SetTaskLinksAsync(Guid itemId, Guid planItemId, IReadOnlyCollection<string> taskCodes, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        var existing = await db.TaskLinks.Where(l => l.ContentItemId == itemId && l.PlanItemId == planItemId).ToListAsync(ct);
        db.TaskLinks.RemoveRange(existing);
        foreach (var code in taskCodes.Distinct(StringComparer.Ordinal))
        {
            db.TaskLinks.Add(new ContentTaskLink { ContentItemId = itemId, PlanItemId = planItemId, TaskCode = code });
        }

        Audit("link", item, latest, actor, taskCodes.Count == 0 ? "bỏ liên kết nhiệm vụ" : "tính cho nhiệm vụ " + string.Join(", ", taskCodes));
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, latest, published), ct);
    }

    private static ContentItem NewItem(string type, string slug, string? externalKey, string actor, DateTime at) => new()
    {
        Id = Guid.NewGuid(),
        ContentType = type,
        Slug = slug,
        ExternalKey = externalKey,
        CreatedUtc = at,
        CreatedBy = actor,
        LatestVersionNumber = 1,
    };

    /// <summary>Makes <paramref name="draft"/> the first version of a new item.</summary>
    private static void StartVersion(ContentItem item, ContentVersion draft, string actor, DateTime at)
    {
        draft.Id = Guid.NewGuid();
        draft.Item = item;
        draft.VersionNumber = 1;
        draft.State = ContentState.Draft;
        draft.IsLatest = true;
        draft.CreatedUtc = at;
        draft.CreatedBy = actor;
        item.Versions.Add(draft);
    }

    /// <summary>Makes <paramref name="next"/> the item's new latest version (a draft) after <paramref name="latest"/>.</summary>
    private void NextVersion(ContentItem item, ContentVersion latest, ContentVersion next, string actor, string? note, DateTime at)
    {
        next.Id = Guid.NewGuid();
        next.Item = item;
        next.VersionNumber = item.LatestVersionNumber + 1;
        next.State = ContentState.Draft;
        next.IsLatest = true;
        next.CreatedUtc = at;
        next.CreatedBy = actor;
        next.ChangeNote = note;
        latest.IsLatest = false;
        item.LatestVersionNumber = next.VersionNumber;
        db.ContentVersions.Add(next);
    }

    private static string WantedSlug(string source)
    {
        var wanted = ParPortal.Content.Slug.From(source);
        return wanted.Length > 0
            ? wanted
            : throw ContentValidationException.Single("slug", "Không tạo được đường dẫn từ tiêu đề; hãy nhập đường dẫn (slug).");
    }

    private async Task ChangeSlugAsync(ContentItem item, string newSlug, CancellationToken ct)
    {
        if (item.FirstPublishedUtc is not null)
        {
            throw ContentValidationException.Single("slug", "Không đổi được đường dẫn của nội dung đã xuất bản: các liên kết đã chia sẻ sẽ hỏng.");
        }

        if (!ParPortal.Content.Slug.IsValid(newSlug))
        {
            throw ContentValidationException.Single("slug", "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.");
        }

        if (await db.ContentItems.AnyAsync(i => i.ContentType == item.ContentType && i.Slug == newSlug && i.Id != item.Id, ct))
        {
            throw ContentValidationException.Single("slug", $"Đường dẫn “{newSlug}” đã được dùng.");
        }

        item.Slug = newSlug;
    }
}
