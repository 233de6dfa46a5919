using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Media;
using ParPortal.Features.Users;

namespace ParPortal.Features.Media.Admin;

/// <summary>
/// The image chooser the rich-text editor opens in a dialog: images only, with their alt text, no admin chrome.
/// </summary>
[Authorize(Policy = Permissions.ManageMedia)]
public sealed class PickerModel(ParPortalDbContext db) : PageModel
{
    public IReadOnlyList<MediaFile> Images { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var images = await db.MediaFiles.AsNoTracking().Where(f => f.Kind == MediaKind.Image).ToListAsync(ct);
        Images = images.OrderByDescending(f => f.CreatedUtc).ToList();
    }

    /// <summary>The variant the editor inserts: the largest JPEG/PNG/GIF up to 960 px, else the first one stored.</summary>
    public static MediaVariant? InsertVariant(MediaFile file) =>
        file.Variants.Where(v => v.Format != "webp" && v.Width <= 960).MaxBy(v => v.Width)
        ?? file.Variants.Where(v => v.Format != "webp").MinBy(v => v.Width)
        ?? file.Variants.FirstOrDefault();
}
