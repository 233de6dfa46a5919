using System.Text;
using Microsoft.AspNetCore.Http;
using ParPortal.Content;
using ParPortal.Data;

namespace ParPortal.Features.Media;

/// <summary>
/// An upload from an admin page, from the media library's form or from inside the editor: the store's checks (type
/// from the bytes, size, pixels, decoding), alt text for images, then the row. Nothing half-saved: when the row is not
/// written, the stored files are removed again.
/// </summary>
public sealed class MediaUploads(ParPortalDbContext db, MediaStore store)
{
    /// <summary>The longest alt text or caption accepted (a sentence or two; longer belongs in the article).</summary>
    public const int MaxAltLength = 500;

    /// <summary>
    /// Stores and records an upload. Refusals are <see cref="ContentValidationException"/>s in Vietnamese on
    /// <c>file</c> or <c>altText</c>.
    /// </summary>
    /// <param name="imagesOnly">True where only a picture makes sense (the editor, featured images).</param>
    public async Task<MediaFile> UploadAsync(IFormFile? file, string? altText, string? user, bool imagesOnly, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            throw ContentValidationException.Single("file", "Hãy chọn tệp để tải lên.");
        }

        var alt = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim().Normalize(NormalizationForm.FormC);
        if (alt is { Length: > MaxAltLength })
        {
            throw ContentValidationException.Single("altText", $"Mô tả ảnh dài tối đa {MaxAltLength} ký tự.");
        }

        MediaFile stored;
        try
        {
            await using var content = file.OpenReadStream();
            stored = await store.SaveAsync(content, file.FileName, file.ContentType, user, ct);
        }
        catch (MediaRejectedException e)
        {
            throw ContentValidationException.Single("file", e.Message);
        }

        // The kind is known only from the bytes, so these rules are checked after sniffing; the files go again.
        if (imagesOnly && stored.Kind != MediaKind.Image)
        {
            store.Delete(stored.Id);
            throw ContentValidationException.Single("file", "Ở đây chỉ nhận ảnh (JPEG, PNG, WebP, GIF).");
        }

        if (stored.Kind == MediaKind.Image && alt is null)
        {
            store.Delete(stored.Id);
            throw ContentValidationException.Single("altText", "Ảnh cần có mô tả (văn bản thay thế) cho người dùng trình đọc màn hình.");
        }

        stored.AltText = alt;
        db.MediaFiles.Add(stored);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // Files without a row would never be listed or deleted.
            store.Delete(stored.Id);
            throw;
        }

        return stored;
    }
}
