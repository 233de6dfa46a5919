using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Admin;
using ParPortal.Features.Media;
using ParPortal.Features.Users;

// Not "Admin.Media": that name would shadow Features.Media inside the other admin pages.
namespace ParPortal.Features.Media.Admin;

/// <summary>The media library: upload (alt text required for images), list with thumbnails, delete.</summary>
[Authorize(Policy = Permissions.ManageMedia)]
// The store stops reading at its own limits; this only keeps a runaway body from being buffered first.
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
[RequestSizeLimit(64L * 1024 * 1024)]
public sealed class IndexModel(ParPortalDbContext db, MediaStore store, MediaUploads uploads, ImageProcessor images) : PageModel
{
    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public bool ResizingAvailable => images.IsAvailable;

    public string ImageStatus => images.StatusMessage;

    public string? AltText { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? altText, CancellationToken ct)
    {
        AltText = altText?.Trim();
        MediaFile stored;
        try
        {
            stored = await uploads.UploadAsync(file, altText, User.Identity?.Name, imagesOnly: false, ct);
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Notice"] = $"Đã tải lên {stored.OriginalFileName}.";
        return Redirect("/admin/media");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var file = await db.MediaFiles.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (file is null)
        {
            return NotFound();
        }

        db.MediaFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        // The row goes first: a file left behind by a crash here is harmless, a row pointing at nothing is not.
        store.Delete(id);
        TempData["Notice"] = $"Đã xóa {file.OriginalFileName}.";
        return Redirect("/admin/media");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var files = await db.MediaFiles.AsNoTracking().ToListAsync(ct);
        Files = files.OrderByDescending(f => f.CreatedUtc).ToList();
    }
}
