using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Media;
using ParPortal.Features.Users;

// Not "Admin.Media": that name would shadow Features.Media inside the other admin pages.
namespace ParPortal.Features.Media.Admin;

/// <summary>The media library: upload (alt text required for images), list with thumbnails, delete.</summary>
[Authorize(Policy = Permissions.ManageMedia)]
// The store stops reading at its own limits; this only keeps a runaway body from being buffered first.
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
[RequestSizeLimit(64L * 1024 * 1024)]
public sealed class IndexModel(ParPortalDbContext db, MediaStore store, ImageProcessor images) : PageModel
{
    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public bool ResizingAvailable => images.IsAvailable;

    public string ImageStatus => images.StatusMessage;

    public string? AltText { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? altText, CancellationToken ct)
    {
        AltText = altText?.Trim();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Hãy chọn tệp để tải lên.");
            await LoadAsync(ct);
            return Page();
        }

        MediaFile stored;
        try
        {
            await using var content = file.OpenReadStream();
            stored = await store.SaveAsync(content, file.FileName, file.ContentType, User.Identity?.Name, ct);
        }
        catch (MediaRejectedException e)
        {
            ModelState.AddModelError("file", e.Message);
            await LoadAsync(ct);
            return Page();
        }

        // The kind is known only from the bytes, so the alt-text rule is checked after sniffing; the files are removed
        // again when the row is not saved.
        if (stored.Kind == MediaKind.Image && string.IsNullOrWhiteSpace(AltText))
        {
            store.Delete(stored.Id);
            ModelState.AddModelError("altText", "Ảnh cần có mô tả (văn bản thay thế) cho người dùng trình đọc màn hình.");
            await LoadAsync(ct);
            return Page();
        }

        stored.AltText = string.IsNullOrWhiteSpace(AltText) ? null : AltText.Normalize(System.Text.NormalizationForm.FormC);
        db.MediaFiles.Add(stored);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // Nothing half-saved: files without a row would never be listed or deleted.
            store.Delete(stored.Id);
            throw;
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
