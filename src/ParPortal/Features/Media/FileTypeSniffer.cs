using System.Text;
using Microsoft.Extensions.Options;
using ParPortal.Features.Office;

namespace ParPortal.Features.Media;

/// <summary>The type of an upload as detected from its bytes.</summary>
/// <remarks>Format: jpeg, png, gif, webp, pdf, docx, xlsx, odt or ods.</remarks>
public sealed record SniffResult(string Format, string ContentType, string Extension, MediaKind Kind);

/// <summary>
/// Detects the file type from content (magic bytes and structure), never from the name or the claimed type, and
/// refuses everything that is not an accepted image or office document with a <see cref="MediaRejectedException"/>.
/// For images this is the first gate: <see cref="ImageProcessor"/> then opens the file with the one libvips loader
/// of the sniffed type, so libvips never picks among its dozens of loaders (TIFF, SVG, PDF, FITS…) from the bytes of
/// a hostile file; libvips itself reads the size, checks the whole file while decoding it, and re-encodes it.
/// </summary>
public sealed class FileTypeSniffer(IOptions<OfficePackageLimits> office)
{
    /// <summary>Sniffs a seekable stream positioned anywhere; throws <see cref="MediaRejectedException"/> when refused.</summary>
    public SniffResult Sniff(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(stream));
        }
        if (stream.Length == 0)
        {
            throw MediaRejectedException.Empty();
        }
        var head = new byte[512];
        stream.Position = 0;
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var h = head.AsSpan(0, n);

        if (h.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Image("jpeg", "image/jpeg", ".jpg");
        }
        if (h.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Image("png", "image/png", ".png");
        }
        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return Image("gif", "image/gif", ".gif");
        }
        if (n >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
        {
            return Image("webp", "image/webp", ".webp");
        }
        if (h.StartsWith("%PDF-"u8))
        {
            CheckPdfTrailer(stream);
            return new SniffResult("pdf", "application/pdf", ".pdf", MediaKind.Document);
        }
        if (h.StartsWith("PK\u0003\u0004"u8))
        {
            return Office(stream);
        }
        throw MediaRejectedException.Unsupported(Describe(h));
    }

    /// <summary>An Office document, judged by the one Office guard (zip bombs, corrupt archives, its kind).</summary>
    private SniffResult Office(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.Position = 0;
        stream.ReadExactly(bytes);
        var check = OfficePackageGuard.Check(bytes, office.Value);
        return check.Problem switch
        {
            OfficePackageProblem.None => check.Kind switch
            {
                OfficeDocumentKind.Docx => Document("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                OfficeDocumentKind.Xlsx => Document("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                OfficeDocumentKind.Odt => Document("odt", "application/vnd.oasis.opendocument.text"),
                _ => Document("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            },
            OfficePackageProblem.UnsafeArchive => throw new MediaRejectedException(MediaRejectReason.ZipBomb, check.Message),
            OfficePackageProblem.Corrupt => throw new MediaRejectedException(MediaRejectReason.CorruptDocument, check.Message),
            _ => throw new MediaRejectedException(MediaRejectReason.UnsupportedType, check.Message),
        };
    }

    private static SniffResult Document(string format, string contentType) => new(format, contentType, "." + format, MediaKind.Document);

    private static SniffResult Image(string format, string contentType, string extension) =>
        new(format, contentType, extension, MediaKind.Image);

    private static void CheckPdfTrailer(Stream s)
    {
        var tail = Encoding.ASCII.GetString(ReadTail(s, 2048));
        if (!tail.Contains("%%EOF", StringComparison.Ordinal))
        {
            throw MediaRejectedException.CorruptDocument("tệp PDF không đầy đủ");
        }
    }

    private static byte[] ReadTail(Stream s, int max)
    {
        var length = (int)Math.Min(max, s.Length);
        var tail = new byte[length];
        s.Position = s.Length - length;
        s.ReadExactly(tail);
        return tail;
    }

    private static string Describe(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith("MZ"u8))
        {
            return "tệp thực thi Windows (EXE/DLL)";
        }
        if (h.StartsWith("\u007fELF"u8))
        {
            return "tệp thực thi (ELF)";
        }
        if (h.StartsWith("#!"u8))
        {
            return "tệp kịch bản (script)";
        }
        var text = Encoding.UTF8.GetString(h).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.Contains("<svg", StringComparison.Ordinal))
        {
            return "ảnh SVG";
        }
        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.Contains("<html", StringComparison.Ordinal)
            || text.Contains("<script", StringComparison.Ordinal))
        {
            return "trang HTML";
        }
        return "không nhận dạng được nội dung";
    }
}
