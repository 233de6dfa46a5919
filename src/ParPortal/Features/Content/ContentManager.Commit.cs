using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Content;
using ParPortal.Features.Audit;

namespace ParPortal.Features.Content;

/// <summary>
/// The one commit path: loading an item for a change, the audit entry, and the transaction in which the change and
/// every <see cref="IContentHandler"/> (search index, plan guard) succeed or fail together, with the
/// <see cref="IContentCommittedObserver"/>s (cache eviction) told after it commits.
/// </summary>
public sealed partial class ContentManager
{
    private async Task<(ContentItem Item, ContentVersion Latest, ContentVersion? Published)> LoadAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.ContentItems.SingleOrDefaultAsync(i => i.Id == itemId, ct)
            ?? throw new ContentRuleException("Không tìm thấy nội dung.", "id", ContentRuleKind.NotFound);
        var versions = await db.ContentVersions.Include(v => v.Topics).Include(v => v.Unit).AsSplitQuery()
            .Where(v => v.ContentItemId == itemId && (v.IsLatest || v.IsPublished)).ToListAsync(ct);
        var latest = versions.Single(v => v.IsLatest);
        return (item, latest, versions.SingleOrDefault(v => v.IsPublished));
    }

    /// <summary>
    /// Refuses a save that started from an older version than the latest (409), naming who saved the latest and when,
    /// so the editor knows whose work to look at; the admin form keeps the editor's text and shows the differences.
    /// </summary>
    private static void EnsureBase(ContentItem item, ContentVersion latest, int baseVersion)
    {
        if (item.LatestVersionNumber != baseVersion)
        {
            throw new ContentRuleException(
                $"Nội dung đã được {latest.CreatedBy ?? "người khác"} lưu lúc {ParPortal.Time.VietnameseDate.WithTime(latest.CreatedUtc)} " +
                $"(phiên bản {item.LatestVersionNumber}) sau khi bạn mở phiên bản {baseVersion}. Thay đổi của bạn chưa được lưu.",
                "baseVersion",
                ContentRuleKind.Conflict);
        }
    }

    private void Audit(string action, ContentItem item, ContentVersion? version, string actor, string? details, DateTime? at = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            TimestampUtc = at ?? Now,
            UserName = actor,
            Action = action,
            ContentItemId = item.Id,
            ContentType = item.ContentType,
            VersionNumber = version?.VersionNumber,
            Title = version?.Title,
            Details = details,
        });

    private Task CommitAsync(ContentChange change, CancellationToken ct)
    {
        change.Item.ConcurrencyStamp = Guid.NewGuid();
        return CommitAsync([change], () => db.SaveChangesAsync(ct), ct);
    }

    /// <summary>
    /// Saves (<paramref name="save"/>), runs the handlers over <paramref name="changes"/> and commits, in the caller's
    /// transaction when there is one (a recipe is one transaction) or in its own. A concurrency failure becomes a 409
    /// that says nothing was saved.
    /// </summary>
    private async Task CommitAsync(IReadOnlyList<ContentChange> changes, Func<Task> save, CancellationToken ct)
    {
        var ownTransaction = db.Database.CurrentTransaction is null;
        IDbContextTransaction? tx = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await save();
            foreach (var handler in handlers)
            {
                // Every change of a batch names a different item, so a batch handler (the search index) may take
                // them at once.
                if (changes.Count > 1 && handler is IContentBatchHandler batch)
                {
                    await batch.HandleManyAsync(changes, ct);
                    continue;
                }

                foreach (var change in changes)
                {
                    await handler.HandleAsync(change, ct);
                }
            }

            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            await RollBackAsync(tx);
            throw new ContentRuleException("Nội dung vừa được người khác thay đổi; thay đổi của bạn chưa được lưu. Hãy tải lại.", "baseVersion", ContentRuleKind.Conflict);
        }
        catch
        {
            await RollBackAsync(tx);
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
            foreach (var change in changes)
            {
                foreach (var observer in observers)
                {
                    observer.OnCommitted(change);
                }
            }
        }
    }

    private async Task RollBackAsync(IDbContextTransaction? tx)
    {
        if (tx is not null)
        {
            await tx.RollbackAsync(CancellationToken.None);
        }

        // The tracked entities hold the refused values; clearing them keeps a failed request from leaking half-made
        // changes into the next SaveChanges of this scope.
        db.ChangeTracker.Clear();
    }
}
