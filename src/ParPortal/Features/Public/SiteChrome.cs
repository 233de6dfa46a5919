using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Settings;
using ParPortal.Features.Topics;

namespace ParPortal.Features.Public;

/// <summary>
/// What the layout needs on every public page: the agency's settings and the topics for the navigation. Both are kept
/// in <see cref="PublicFacts"/>: saving settings, topics or units evicts every cached page on every node, which is
/// the eviction those facts follow, and the two queries were a tenth of an uncached page's time.
/// </summary>
public sealed class SiteChrome(ParPortalDbContext db, PublicFacts facts)
{
    private SiteSettings? _settings;
    private IReadOnlyList<Topic>? _topics;

    /// <summary>The settings row, or the defaults when the site has none yet. Shared between requests: read only.</summary>
    public async Task<SiteSettings> SettingsAsync() =>
        _settings ??= await facts.GetAsync("chrome:settings",
            async ct => await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct) ?? new SiteSettings(), default);

    /// <summary>Top-level topics that are still in use (merged ones are left out), in the editors' order. Read only.</summary>
    public async Task<IReadOnlyList<Topic>> TopicsAsync() =>
        _topics ??= await facts.GetAsync<IReadOnlyList<Topic>>("chrome:topics",
            async ct => (await db.Topics.AsNoTracking()
                .Where(t => t.ParentId == null && t.MergedIntoId == null)
                .ToListAsync(ct)).InEditorsOrder(), default);
}
