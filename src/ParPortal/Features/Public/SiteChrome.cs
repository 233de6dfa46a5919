using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Settings;
using ParPortal.Features.Topics;

namespace ParPortal.Features.Public;

/// <summary>What the layout needs on every public page: the agency's settings and the topics for the navigation.</summary>
public sealed class SiteChrome(ParPortalDbContext db)
{
    private SiteSettings? _settings;
    private IReadOnlyList<Topic>? _topics;

    /// <summary>The settings row, or the defaults when the site has none yet.</summary>
    public async Task<SiteSettings> SettingsAsync() =>
        _settings ??= await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync() ?? new SiteSettings();

    /// <summary>Top-level topics that are still in use (merged ones are left out), in the editors' order.</summary>
    public async Task<IReadOnlyList<Topic>> TopicsAsync() =>
        _topics ??= await db.Topics.AsNoTracking()
            .Where(t => t.ParentId == null && t.MergedIntoId == null)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .ToListAsync();
}
