using Microsoft.EntityFrameworkCore;
using ParPortal.Content;

namespace ParPortal.Features.Content;

/// <summary>One item that a batch publishes: a new item, or a new version of an existing one.</summary>
/// <param name="Note">The change note of the new version (the import names the file and the changed fields).</param>
public abstract record BatchPublication(string Note);

/// <summary>A new item whose first version is <paramref name="Draft"/>; its slug is made from <paramref name="SlugSource"/>.</summary>
public sealed record NewPublication(ContentVersion Draft, string SlugSource, string Note) : BatchPublication(Note);

/// <summary>
/// A new version of an item, made by <paramref name="Edit"/> on a copy of <paramref name="Latest"/>. Both versions are
/// read untracked, with their item (the batch attaches only what it changes); the item's concurrency stamp as read
/// is checked when the change is written, so an item changed meanwhile fails the whole batch.
/// </summary>
public sealed record RevisedPublication(ContentVersion Latest, ContentVersion? Published, Action<ContentVersion> Edit, string Note) : BatchPublication(Note);

public sealed partial class ContentManager
{
    /// <summary>Changes written per SaveChanges inside the batch's one transaction.</summary>
    private const int BatchChunkSize = 500;

    /// <summary>
    /// Publishes many items at once (a spreadsheet of procedures), all or nothing: each becomes a published version
    /// with its note, audit entries and publication record, exactly as <see cref="CreateAsync"/> or
    /// <see cref="SaveAsync(Guid, int, Action{ContentVersion}, string, string?, CancellationToken)"/> followed by
    /// <see cref="PublishAsync"/> would make it, but in a few round trips instead of about five per item.
    /// </summary>
    public async Task PublishBatchAsync(IReadOnlyList<BatchPublication> batch, string actor, CancellationToken ct = default)
    {
        var now = Now;
        var slugs = await SlugsOfNewTypesAsync(batch, ct);
        var changes = new List<ContentChange>(batch.Count);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            await CommitAsync(changes, async () =>
            {
                // Saved in chunks inside the one transaction: EF's change detection and command ordering grow faster
                // than the number of tracked entities (one SaveChanges of 20,000 rows took ~10 s), and a chunk's
                // entities are cleared once written. Change detection runs once per chunk, not per call.
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                foreach (var chunk in batch.Chunk(BatchChunkSize))
                {
                    foreach (var publication in chunk)
                    {
                        changes.Add(publication switch
                        {
                            NewPublication n => PublishNew(n, slugs, actor, now),
                            RevisedPublication r => PublishRevision(r, actor, now),
                            _ => throw new ArgumentOutOfRangeException(nameof(batch)),
                        });
                    }

                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private ContentChange PublishNew(NewPublication n, Dictionary<string, HashSet<string>> slugs, string actor, DateTime now)
    {
        ContentVersionValidation.Validate(n.Draft);
        var type = types.Of(n.Draft).Name;
        var taken = slugs[type];
        var slug = ParPortal.Content.Slug.Unique(WantedSlug(n.SlugSource), taken.Contains);
        taken.Add(slug);
        var item = NewItem(type, slug, null, actor, now);
        StartVersion(item, n.Draft, actor, now);
        n.Draft.ChangeNote = n.Note;
        MarkPublished(item, n.Draft, null, now);
        db.ContentItems.Add(item);
        Audit("create", item, n.Draft, actor, n.Note, now);
        Audit("publish", item, n.Draft, actor, null, now);
        return new ContentChange(ContentEvent.Published, item, n.Draft, n.Draft);
    }

    private ContentChange PublishRevision(RevisedPublication r, string actor, DateTime now)
    {
        // Attaching records the stored values, so the changes below become UPDATEs at the chunk's DetectChanges,
        // with the item's concurrency stamp as it was read.
        db.Attach(r.Latest);
        var item = r.Latest.Item;
        var next = r.Latest.CopyForNewVersion();
        r.Edit(next);
        ContentVersionValidation.Validate(next);
        if (r.Published is not null && r.Published != r.Latest)
        {
            db.Attach(r.Published);
        }

        NextVersion(item, r.Latest, next, actor, r.Note, now);
        MarkPublished(item, next, r.Published, now);
        item.ConcurrencyStamp = Guid.NewGuid();
        Audit("save", item, next, actor, r.Note, now);
        Audit("publish", item, next, actor, null, now);
        return new ContentChange(ContentEvent.Published, item, next, next, r.Published);
    }

    /// <summary>The slugs already taken by each type that the batch creates items of, read once.</summary>
    private async Task<Dictionary<string, HashSet<string>>> SlugsOfNewTypesAsync(IReadOnlyList<BatchPublication> batch, CancellationToken ct)
    {
        var slugs = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in batch.OfType<NewPublication>().Select(n => types.Of(n.Draft).Name).Distinct())
        {
            slugs[type] = (await db.ContentItems.Where(i => i.ContentType == type).Select(i => i.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }

        return slugs;
    }
}
