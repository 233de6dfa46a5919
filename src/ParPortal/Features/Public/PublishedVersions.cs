using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Public;

/// <summary>
/// How the public pages read published versions so that the cost does not grow with the site (issue 16): found through
/// the items' (ContentType, Slug) index, and their topics read from the links table by version. EF's
/// <c>Include(v =&gt; v.Topics)</c> joins a subquery over every topic link, which SQLite materializes and scans for
/// each row: with 73,000 links a detail page spent 300 ms of CPU and the home page (200 versions) more.
/// </summary>
public static class PublishedVersions
{
    /// <summary>The many-to-many table between versions and topics (see ContentVersionConfiguration).</summary>
    private const string LinksTable = "ContentVersionTopics";

    /// <summary>
    /// The published version of the item of <paramref name="typeName"/> with <paramref name="slug"/>. Filtering the
    /// version's discriminator alone made SQLite walk every published version of the type to compare slugs.
    /// </summary>
    public static Task<T?> BySlugAsync<T>(this IQueryable<T> versions, string typeName, string? slug, CancellationToken ct)
        where T : ContentVersion =>
        versions.FirstOrDefaultAsync(v => v.IsPublished && v.Item.ContentType == typeName && v.Item.Slug == slug, ct);

    /// <summary>Fills a version's topics (in id order, as the include gave them) with one indexed query.</summary>
    public static async Task LoadTopicsAsync(this ParPortalDbContext db, ContentVersion version, CancellationToken ct)
    {
        var ids = Links(db).Where(l => EF.Property<Guid>(l, "VersionId") == version.Id).Select(l => EF.Property<int>(l, "TopicId"));
        version.Topics = await db.Topics.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).ToListAsync(ct);
    }

    /// <summary>The topic ids of each of the given versions, by version id.</summary>
    public static async Task<ILookup<Guid, int>> TopicIdsAsync(this ParPortalDbContext db, IReadOnlyCollection<Guid> versionIds, CancellationToken ct)
    {
        // One JSON parameter (json_each) rather than EF 10's default of a parameter per id: binding 200 parameters and
        // preparing that statement took more CPU than the home page's whole query.
        var ids = versionIds.ToArray();
        var rows = await Links(db).Where(l => EF.Parameter(ids).Contains(EF.Property<Guid>(l, "VersionId")))
            .Select(l => new { VersionId = EF.Property<Guid>(l, "VersionId"), TopicId = EF.Property<int>(l, "TopicId") })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.VersionId, r => r.TopicId);
    }

    /// <summary>
    /// How many published versions of <typeparamref name="T"/> carry any of <paramref name="topicIds"/>, counted from
    /// the links' side (the links table's key starts with the topic) and probing each version by its key: counting from
    /// the versions' side ran one subquery per published article.
    /// </summary>
    public static Task<int> CountTaggedAsync<T>(this ParPortalDbContext db, IReadOnlyCollection<int> topicIds, CancellationToken ct)
        where T : ContentVersion =>
        Links(db).Where(l => topicIds.Contains(EF.Property<int>(l, "TopicId")))
            .Select(l => EF.Property<Guid>(l, "VersionId")).Distinct()
            .CountAsync(id => db.Set<T>().Any(v => v.Id == id && v.IsPublished), ct);

    private static IQueryable<Dictionary<string, object>> Links(ParPortalDbContext db) =>
        db.Set<Dictionary<string, object>>(LinksTable).AsNoTracking();
}
