using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Audit;

namespace ParPortal.Features.Content;

/// <summary>
/// Every change to content goes through here (admin pages, API, recipes, the scheduler), in the shape of Orchard's
/// content manager: one transaction per operation, the lifecycle rules from the domain, an audit entry, and the
/// handlers that keep derived data in step.
/// </summary>
public sealed partial class ContentManager(
    ParPortalDbContext db,
    TimeProvider clock,
    IEnumerable<IContentHandler> handlers,
    IEnumerable<IContentCommittedObserver> observers)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Creates an item whose first version is <paramref name="draft"/> (a Draft).</summary>
    public async Task<ContentItem> CreateAsync(ContentVersion draft, string? slug, string actor, string? externalKey = null, CancellationToken ct = default)
    {
        ContentVersionValidation.Validate(draft);
        var type = ContentTypeOf(draft);
        var wanted = ParPortal.Content.Slug.From(string.IsNullOrWhiteSpace(slug) ? draft.Title : slug);
        if (wanted.Length == 0)
        {
            throw ContentValidationException.Single("slug", "Không tạo được đường dẫn từ tiêu đề; hãy nhập đường dẫn (slug).");
        }

        var taken = await db.ContentItems.Where(i => i.ContentType == type && (i.Slug == wanted || i.Slug.StartsWith(wanted + "-")))
            .Select(i => i.Slug).ToListAsync(ct);
        var item = new ContentItem
        {
            Id = Guid.NewGuid(),
            ContentType = type,
            Slug = ParPortal.Content.Slug.Unique(wanted, taken.Contains),
            ExternalKey = externalKey,
            CreatedUtc = Now,
            CreatedBy = actor,
            LatestVersionNumber = 1,
        };
        draft.Id = Guid.NewGuid();
        draft.Item = item;
        draft.VersionNumber = 1;
        draft.State = ContentState.Draft;
        draft.IsLatest = true;
        draft.CreatedUtc = Now;
        draft.CreatedBy = actor;
        item.Versions.Add(draft);
        db.ContentItems.Add(item);
        Audit("create", item, draft, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, draft, null), ct);
        return item;
    }

    /// <summary>
    /// Saves an edit as a new latest version. <paramref name="baseVersion"/> is the version the editor started from:
    /// when someone saved meanwhile, the save is refused (409) and nothing is overwritten.
    /// </summary>
    public async Task<ContentVersion> SaveAsync(Guid itemId, int baseVersion, Action<ContentVersion> edit, string actor, string? newSlug = null, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        EnsureBase(item, baseVersion);
        var next = latest.CopyForNewVersion();
        edit(next);
        ContentVersionValidation.Validate(next);
        if (!string.IsNullOrWhiteSpace(newSlug) && newSlug != item.Slug)
        {
            await ChangeSlugAsync(item, newSlug, ct);
        }

        next.Id = Guid.NewGuid();
        next.Item = item;
        next.VersionNumber = item.LatestVersionNumber + 1;
        next.State = ContentState.Draft;
        next.IsLatest = true;
        next.CreatedUtc = Now;
        next.CreatedBy = actor;
        next.ChangeNote = VersionDiff.Describe(latest, next);
        latest.IsLatest = false;
        item.LatestVersionNumber = next.VersionNumber;
        item.Versions.Add(next);
        db.ContentVersions.Add(next);
        Audit("save", item, next, actor, next.ChangeNote);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, next, published), ct);
        return next;
    }

    /// <summary>Sends the latest draft for review.</summary>
    public Task SubmitAsync(Guid itemId, string actor, CancellationToken ct = default) =>
        MoveLatestAsync(itemId, ContentState.InReview, "submit", actor, ct);

    /// <summary>Returns a version in review to its author as a draft.</summary>
    public Task ReturnToDraftAsync(Guid itemId, string actor, CancellationToken ct = default) =>
        MoveLatestAsync(itemId, ContentState.Draft, "return", actor, ct);

    /// <summary>Publishes the latest version; the previously published one (if any) stops being public.</summary>
    /// <param name="at">When the publication is recorded as happening (recipes back-date demo content); default now.</param>
    /// <param name="auditNote">Recorded with the audit entry (the original date of an item moved in from an old site).</param>
    public async Task PublishAsync(Guid itemId, string actor, CancellationToken ct = default, DateTimeOffset? at = null, string? auditNote = null)
    {
        var when = at?.UtcDateTime ?? Now;
        var (item, latest, published) = await LoadAsync(itemId, ct);
        ContentLifecycle.EnsureAllowed(latest.State, ContentState.Published);
        if (published is not null && published != latest)
        {
            published.IsPublished = false;
        }

        latest.State = ContentState.Published;
        latest.IsPublished = true;
        latest.PublishedUtc = when;
        item.PublishedVersionNumber = latest.VersionNumber;
        item.FirstPublishedUtc ??= when;
        latest.RecordPublication(item.FirstPublishedUtc.Value);
        item.ScheduledPublishUtc = null;
        Audit("publish", item, latest, actor, auditNote);
        await CommitAsync(new ContentChange(ContentEvent.Published, item, latest, latest), ct);
    }

    /// <summary>Takes the published version off the public site; a newer draft, if any, stays as it is.</summary>
    public async Task UnpublishAsync(Guid itemId, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        if (published is null)
        {
            throw new ContentRuleException("Nội dung này chưa được xuất bản.", "state");
        }

        ContentLifecycle.EnsureAllowed(published.State, ContentState.Unpublished);
        published.State = ContentState.Unpublished;
        published.IsPublished = false;
        item.PublishedVersionNumber = null;
        item.ScheduledUnpublishUtc = null;
        Audit("unpublish", item, published, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Unpublished, item, latest, null), ct);
    }

    /// <summary>Archives the item: the latest version becomes Archived and nothing stays public.</summary>
    public async Task ArchiveAsync(Guid itemId, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        ContentLifecycle.EnsureAllowed(latest.State, ContentState.Archived);
        if (published is not null)
        {
            published.IsPublished = false;
            if (published != latest)
            {
                published.State = ContentState.Unpublished;
            }
        }

        latest.State = ContentState.Archived;
        item.PublishedVersionNumber = null;
        item.ScheduledPublishUtc = null;
        item.ScheduledUnpublishUtc = null;
        Audit("archive", item, latest, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Unpublished, item, latest, null), ct);
    }

    /// <summary>Sets or clears the scheduled publish and unpublish times (UTC).</summary>
    public async Task ScheduleAsync(Guid itemId, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        ScheduleDecision.Validate(clock.GetUtcNow(), publishAt, unpublishAt);
        if (publishAt is not null && !ContentLifecycle.CanTransition(latest.State, ContentState.Published))
        {
            throw new ContentRuleException($"Không thể hẹn giờ xuất bản nội dung ở trạng thái “{StateNames.Vietnamese(latest.State)}”.", "publishAt");
        }

        item.ScheduledPublishUtc = publishAt?.UtcDateTime;
        item.ScheduledUnpublishUtc = unpublishAt?.UtcDateTime;
        var details = $"xuất bản: {Format(publishAt)}; gỡ: {Format(unpublishAt)}";
        Audit("schedule", item, latest, actor, details);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, latest, published), ct);
    }

    /// <summary>Restores an old version as a new draft; history is never rewritten.</summary>
    public async Task<ContentVersion> RestoreAsync(Guid itemId, int versionNumber, string actor, CancellationToken ct = default)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        var old = await db.ContentVersions.Include(v => v.Topics)
            .SingleOrDefaultAsync(v => v.ContentItemId == itemId && v.VersionNumber == versionNumber, ct)
            ?? throw new ContentRuleException($"Không có phiên bản {versionNumber}.", "version", ContentRuleKind.NotFound);
        var next = old.CopyForNewVersion();
        next.Id = Guid.NewGuid();
        next.Item = item;
        next.VersionNumber = item.LatestVersionNumber + 1;
        next.State = ContentState.Draft;
        next.IsLatest = true;
        next.CreatedUtc = Now;
        next.CreatedBy = actor;
        next.ChangeNote = $"Khôi phục từ phiên bản {versionNumber}";
        latest.IsLatest = false;
        item.LatestVersionNumber = next.VersionNumber;
        db.ContentVersions.Add(next);
        Audit("restore", item, next, actor, next.ChangeNote);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, next, published), ct);
        return next;
    }

    /// <summary>Deletes the item and all its versions; the audit log keeps the record of it.</summary>
    public async Task DeleteAsync(Guid itemId, string actor, CancellationToken ct = default)
    {
        var (item, latest, _) = await LoadAsync(itemId, ct);
        Audit("delete", item, latest, actor, null);
        db.ContentItems.Remove(item);
        await CommitAsync(new ContentChange(ContentEvent.Deleted, item, null, null), ct);
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

    private async Task MoveLatestAsync(Guid itemId, ContentState to, string action, string actor, CancellationToken ct)
    {
        var (item, latest, published) = await LoadAsync(itemId, ct);
        ContentLifecycle.EnsureAllowed(latest.State, to);
        latest.State = to;
        Audit(action, item, latest, actor, null);
        await CommitAsync(new ContentChange(ContentEvent.Saved, item, latest, published), ct);
    }

    private static void EnsureBase(ContentItem item, int baseVersion)
    {
        if (item.LatestVersionNumber != baseVersion)
        {
            throw new ContentRuleException(
                $"Nội dung đã được người khác lưu (phiên bản {item.LatestVersionNumber}) sau khi bạn mở phiên bản {baseVersion}. " +
                "Thay đổi của bạn chưa được lưu; hãy tải lại và làm lại.",
                "baseVersion",
                ContentRuleKind.Conflict);
        }
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

    private async Task<(ContentItem Item, ContentVersion Latest, ContentVersion? Published)> LoadAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.ContentItems.SingleOrDefaultAsync(i => i.Id == itemId, ct)
            ?? throw new ContentRuleException("Không tìm thấy nội dung.", "id", ContentRuleKind.NotFound);
        var versions = await db.ContentVersions.Include(v => v.Topics).Include(v => v.Unit)
            .Where(v => v.ContentItemId == itemId && (v.IsLatest || v.IsPublished)).ToListAsync(ct);
        var latest = versions.Single(v => v.IsLatest);
        return (item, latest, versions.SingleOrDefault(v => v.IsPublished));
    }

    private void Audit(string action, ContentItem item, ContentVersion? version, string actor, string? details) =>
        db.AuditLog.Add(new AuditEntry
        {
            TimestampUtc = Now,
            UserName = actor,
            Action = action,
            ContentItemId = item.Id,
            ContentType = item.ContentType,
            VersionNumber = version?.VersionNumber,
            Title = version?.Title,
            Details = details,
        });

    private async Task CommitAsync(ContentChange change, CancellationToken ct)
    {
        change.Item.ConcurrencyStamp = Guid.NewGuid();
        var ownTransaction = db.Database.CurrentTransaction is null;
        IDbContextTransaction? tx = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var handler in handlers)
            {
                await handler.HandleAsync(change, ct);
            }

            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            if (tx is not null)
            {
                await tx.RollbackAsync(CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            throw new ContentRuleException("Nội dung vừa được người khác thay đổi; thay đổi của bạn chưa được lưu. Hãy tải lại.", "baseVersion", ContentRuleKind.Conflict);
        }
        catch
        {
            if (tx is not null)
            {
                await tx.RollbackAsync(CancellationToken.None);
            }

            // The tracked entities hold the refused values; clearing them keeps a failed request from leaking
            // half-made changes into the next SaveChanges of this scope.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (tx is not null)
            {
                await tx.DisposeAsync();
            }
        }

        if (db.Database.CurrentTransaction is null)
        {
            foreach (var observer in observers)
            {
                observer.OnCommitted(change);
            }
        }
    }

    private static string Format(DateTimeOffset? t) => t is null ? "không" : t.Value.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm");

    internal static string ContentTypeOf(ContentVersion v) => v switch
    {
        Articles.ArticleVersion => ContentTypes.Article,
        Documents.DocumentVersion => ContentTypes.Document,
        Procedures.ProcedureVersion => ContentTypes.Procedure,
        Hotlines.HotlineVersion => ContentTypes.Hotline,
        IndexResults.IndexResultVersion => ContentTypes.IndexResult,
        Plans.PlanVersion => ContentTypes.Plan,
        _ => throw new ArgumentOutOfRangeException(nameof(v), v.GetType().Name, "Unknown content version type."),
    };
}
