using Microsoft.Extensions.Options;
using ParPortal.Content;
using ParPortal.Features.Media;

namespace ParPortal.Features.Feedback.Intake;

/// <summary>A citizen's attachment after the media pipeline's checks, as <see cref="FeedbackContact"/> records it.</summary>
public sealed record StoredAttachment(Guid Id, string Name, string ContentType, string RelativePath, long Bytes);

/// <summary>
/// Takes a citizen's attachment through the same checks as the media library (type from the bytes, size, pixel
/// count, full decode, metadata stripped) and keeps it private: it gets no media-library row, so /media never serves
/// it; staff download it through the question's admin page.
/// </summary>
public sealed class FeedbackAttachments(MediaStore store, FileTypeSniffer sniffer, IOptions<FeedbackOptions> options)
{
    public long MaxBytes => options.Value.MaxAttachmentBytes;

    /// <summary>Stores an upload; a refused one throws a validation error on the field "attachment".</summary>
    public async Task<StoredAttachment> StoreAsync(Stream content, string fileName, string? claimedType, CancellationToken ct)
    {
        // Read at most one byte more than allowed: the size is known without trusting Content-Length.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw Refused($"Tệp đính kèm vượt quá {MaxBytes / (1024 * 1024)} MB.");
            }
        }

        SniffResult sniff;
        try
        {
            sniff = sniffer.Sniff(buffer);
        }
        catch (MediaRejectedException e)
        {
            throw Refused(e.Message);
        }

        if (sniff.Kind != MediaKind.Image && sniff.Format != "pdf")
        {
            throw Refused("Tệp đính kèm chỉ nhận ảnh (JPEG, PNG, GIF, WebP) hoặc PDF.");
        }

        buffer.Position = 0;
        MediaFile file;
        try
        {
            file = await store.SaveAsync(buffer, fileName, claimedType, "công dân", ct);
        }
        catch (MediaRejectedException e)
        {
            throw Refused(e.Message);
        }

        // The full-size, stripped JPEG of an image (what a person looks at), or the PDF itself.
        var variant = file.Variants.FirstOrDefault(v => v.Name.StartsWith("original", StringComparison.Ordinal) && v.Format != "webp")
            ?? file.Variants.OrderByDescending(v => v.Width).First();
        var type = variant.Format switch { "jpeg" => "image/jpeg", "png" => "image/png", "gif" => "image/gif", "webp" => "image/webp", _ => file.ContentType };
        return new StoredAttachment(file.Id, file.OriginalFileName, type, variant.RelativePath, variant.Bytes);
    }

    /// <summary>The stored file of an attachment, or null when it is gone.</summary>
    public string? PhysicalPath(FeedbackContact contact)
    {
        if (contact.AttachmentPath is not { } relative)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(store.RootPath, relative.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(store.RootPath, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    public void Delete(Guid id) => store.Delete(id);

    private static ContentValidationException Refused(string message) => ContentValidationException.Single("attachment", message);
}
