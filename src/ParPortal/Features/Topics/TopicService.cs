using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Public;

namespace ParPortal.Features.Topics;

/// <summary>
/// Adds, renames and merges topics. A merge moves every version's topic link to the target in one statement. Every public
/// page shows the topics in its menu, so each change evicts the whole public cache on every node.
/// </summary>
public sealed class TopicService(ParPortalDbContext db, ClusterEvictions cache)
{
    public async Task<Topic> CreateAsync(string name, string? slug, string? parentSlug, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("name", name, "Tên chủ đề");
        errors.MaxLength("name", name, 300, "Tên chủ đề");
        errors.ThrowIfAny();
        var s = Slug.From(string.IsNullOrWhiteSpace(slug) ? name : slug);
        if (await db.Topics.AnyAsync(t => t.Slug == s, ct))
        {
            throw ContentValidationException.Single("slug", $"Đã có chủ đề với đường dẫn “{s}”.");
        }

        Topic? parent = null;
        if (!string.IsNullOrWhiteSpace(parentSlug))
        {
            parent = await db.Topics.SingleOrDefaultAsync(t => t.Slug == parentSlug, ct)
                ?? throw ContentValidationException.Single("parent", $"Không có chủ đề cha “{parentSlug}”.");
        }

        var topic = new Topic { Name = name.Trim().Normalize(), Slug = s, Parent = parent, SortOrder = await db.Topics.CountAsync(ct) };
        db.Topics.Add(topic);
        await db.SaveChangesAsync(ct);
        await cache.EvictEverywhereAsync(ct);
        return topic;
    }

    public async Task<Topic> RenameAsync(int id, string name, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("name", name, "Tên chủ đề");
        errors.ThrowIfAny();
        var topic = await db.Topics.FindAsync([id], ct) ?? throw new ContentRuleException("Không tìm thấy chủ đề.", "id", ContentRuleKind.NotFound);
        topic.Name = name.Trim().Normalize();
        await db.SaveChangesAsync(ct);
        await cache.EvictEverywhereAsync(ct);
        return topic;
    }

    /// <summary>Merges <paramref name="id"/> into <paramref name="targetId"/>: links move, the old slug is kept as merged.</summary>
    public async Task MergeAsync(int id, int targetId, CancellationToken ct)
    {
        if (id == targetId)
        {
            throw ContentValidationException.Single("targetId", "Không thể gộp chủ đề vào chính nó.");
        }

        var source = await db.Topics.FindAsync([id], ct) ?? throw new ContentRuleException("Không tìm thấy chủ đề.", "id", ContentRuleKind.NotFound);
        var target = await db.Topics.FindAsync([targetId], ct) ?? throw new ContentRuleException("Không tìm thấy chủ đề đích.", "targetId", ContentRuleKind.NotFound);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Versions already tagged with both keep one link; the rest are re-pointed.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM \"ContentVersionTopics\" WHERE \"TopicId\" = {source.Id} AND \"VersionId\" IN (SELECT \"VersionId\" FROM \"ContentVersionTopics\" WHERE \"TopicId\" = {target.Id})", ct);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"ContentVersionTopics\" SET \"TopicId\" = {target.Id} WHERE \"TopicId\" = {source.Id}", ct);
        source.MergedIntoId = target.Id;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await cache.EvictEverywhereAsync(ct);
    }
}
