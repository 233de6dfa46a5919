using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Users;

namespace ParPortal.Features.Media.Admin;

/// <summary>
/// The media library as JSON for js/media-dialog.js: the images, newest first, searchable by description or file
/// name (GET), and an image upload from inside the editor or a picture field (POST, antiforgery token in the
/// RequestVerificationToken header). The same store checks as the media page apply; errors name the field.
/// </summary>
[Authorize(Policy = Permissions.ManageMedia)]
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
[RequestSizeLimit(64L * 1024 * 1024)]
public sealed class LibraryModel(ParPortalDbContext db, MediaUploads uploads) : PageModel
{
    /// <summary>Thumbnails per page of the dialog: a screenful at desktop width.</summary>
    public const int PageSize = 24;

    public async Task<IActionResult> OnGetAsync(string? q, int page = 1, CancellationToken ct = default)
    {
        var query = db.MediaFiles.AsNoTracking().Where(f => f.Kind == MediaKind.Image);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().Normalize(System.Text.NormalizationForm.FormC).ToLower(System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(f => (f.AltText != null && f.AltText.ToLower().Contains(term)) || f.OriginalFileName.ToLower().Contains(term));
        }

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var files = await query.OrderByDescending(f => f.CreatedUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new JsonResult(new LibraryPage(files.Select(LibraryImage.Of).OfType<LibraryImage>().ToList(), page, pageCount, total));
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? altText, CancellationToken ct)
    {
        try
        {
            var stored = await uploads.UploadAsync(file, altText, User.Identity?.Name, imagesOnly: true, ct);
            return new JsonResult(LibraryImage.Of(stored)) { StatusCode = StatusCodes.Status201Created };
        }
        catch (ContentValidationException e)
        {
            var problem = new ValidationProblemDetails(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value))
            {
                Title = "Tệp không được nhận.",
                Status = StatusCodes.Status400BadRequest,
            };
            return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
        }
    }
}

/// <summary>One page of the library.</summary>
public sealed record LibraryPage(IReadOnlyList<LibraryImage> Items, int Page, int PageCount, int Total);

/// <summary>
/// An image as the dialog needs it: the URL to insert (the largest JPEG/PNG/GIF up to 960 px wide), a small
/// thumbnail, its size and description.
/// </summary>
public sealed record LibraryImage(Guid Id, string Src, string Thumb, int Width, int Height, string Alt, string Name)
{
    public static LibraryImage? Of(MediaFile file)
    {
        var insert = file.Variants.Where(v => v.Format != "webp" && v.Width <= 960).MaxBy(v => v.Width)
            ?? file.Variants.Where(v => v.Format != "webp").MinBy(v => v.Width)
            ?? file.Variants.FirstOrDefault();
        if (insert is null)
        {
            return null;
        }

        var thumb = file.Variants.Where(v => v.Width > 0).MinBy(v => v.Width) ?? insert;
        return new LibraryImage(file.Id, MediaUrls.Variant(file.Id, insert), MediaUrls.Variant(file.Id, thumb),
            insert.Width > 0 ? insert.Width : file.Width ?? 0, insert.Height > 0 ? insert.Height : file.Height ?? 0,
            file.AltText ?? string.Empty, file.OriginalFileName);
    }
}
