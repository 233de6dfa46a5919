using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ParPortal.Features.Media;

/// <summary>
/// Validates and stores uploads under the media root. Files live in <c>{root}/{first two hex digits}/{id}/</c>, named
/// by us; the user's file name is kept only as data in <see cref="MediaFile.OriginalFileName"/>.
/// </summary>
public sealed class MediaStore(IOptions<MediaOptions> options, FileTypeSniffer sniffer, ImageProcessor images,
    TimeProvider clock, ILogger<MediaStore> logger)
{
    private readonly MediaOptions _options = options.Value;

    /// <summary>Absolute media root.</summary>
    public string RootPath => Path.GetFullPath(_options.RootPath);

    /// <summary>
    /// Validates the upload, writes its files and returns the entity to save. The caller adds it to the DbContext.
    /// Throws <see cref="MediaRejectedException"/> (message in Vietnamese) when the file is refused.
    /// </summary>
    /// <remarks>claimedContentType: What the browser said; only logged, never trusted.</remarks>
    public async Task<MediaFile> SaveAsync(Stream content, string originalFileName, string? claimedContentType,
        string? createdBy, CancellationToken ct = default)
    {
        var id = Guid.NewGuid();
        var relativeFolder = RelativeFolder(id);
        var folder = Path.Combine(RootPath, relativeFolder);
        var tempFolder = Path.Combine(RootPath, ".incoming");
        Directory.CreateDirectory(tempFolder);
        var tempPath = Path.Combine(tempFolder, id.ToString("N") + ".upload");
        try
        {
            var (size, sha) = await CopyLimitedAsync(content, tempPath, Math.Max(_options.MaxImageBytes, _options.MaxDocumentBytes), ct);
            if (size == 0)
            {
                throw MediaRejectedException.Empty();
            }
            SniffResult sniff;
            await using (var fs = File.OpenRead(tempPath))
            {
                sniff = sniffer.Sniff(fs);
            }
            var limit = sniff.Kind == MediaKind.Image ? _options.MaxImageBytes : _options.MaxDocumentBytes;
            if (size > limit)
            {
                throw MediaRejectedException.TooLarge(limit);
            }
            if (!string.IsNullOrEmpty(claimedContentType) && claimedContentType != sniff.ContentType)
            {
                logger.LogInformation("Upload claimed {Claimed} but is {Actual}.", claimedContentType, sniff.ContentType);
            }

            var file = new MediaFile
            {
                Id = id,
                OriginalFileName = CleanFileName(originalFileName, sniff.Extension),
                ContentType = sniff.ContentType,
                Kind = sniff.Kind,
                ByteSize = size,
                Sha256 = sha,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                CreatedBy = createdBy,
            };
            Directory.CreateDirectory(folder);
            if (sniff.Kind == MediaKind.Image)
            {
                var processed = await images.ProcessAsync(tempPath, sniff, folder, relativeFolder, ct);
                file.Width = processed.Width;
                file.Height = processed.Height;
                file.Variants = processed.Variants.ToList();
            }
            else
            {
                var name = "original" + sniff.Extension;
                File.Move(tempPath, Path.Combine(folder, name));
                file.Variants = [new MediaVariant(name, 0, 0, sniff.Format, relativeFolder + "/" + name, size)];
            }
            return file;
        }
        catch
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            throw;
        }
        finally
        {
            File.Delete(tempPath);
        }
    }

    /// <summary>Absolute path of a stored variant.</summary>
    public string GetPhysicalPath(MediaVariant variant) =>
        Path.Combine(RootPath, variant.RelativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Deletes the files of an upload (the caller removes the row).</summary>
    public void Delete(Guid id)
    {
        var folder = Path.Combine(RootPath, RelativeFolder(id));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RelativeFolder(Guid id)
    {
        var n = id.ToString("N");
        return n[..2] + "/" + n;
    }

    private static async Task<(long Size, string Sha)> CopyLimitedAsync(Stream content, string path, long max, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            // Stop reading as soon as the largest limit is passed instead of filling the disk first.
            if (total > max)
            {
                throw MediaRejectedException.TooLarge(max);
            }
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Keeps the last path segment, NFC, without control characters, at most 255 characters.</summary>
    internal static string CleanFileName(string? name, string fallbackExtension)
    {
        var s = (name ?? "").Replace('\\', '/');
        s = s[(s.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c))
            {
                sb.Append(c);
            }
        }
        s = sb.ToString().Trim();
        if (s.Length == 0)
        {
            s = "tep" + fallbackExtension;
        }
        return s.Length > 255 ? s[..255] : s;
    }
}
