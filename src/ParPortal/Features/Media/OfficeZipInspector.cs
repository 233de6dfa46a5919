using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ParPortal.Features.Media;

/// <summary>
/// Recognises DOCX, XLSX, ODT and ODS from the zip structure and refuses zip bombs. Sizes come from the central
/// directory, so nothing is inflated to judge them; only <c>[Content_Types].xml</c> is read, with a hard cap.
/// </summary>
internal static class OfficeZipInspector
{
    private sealed record Entry(string Name, long Compressed, long Uncompressed);

    private const string DocxMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string XlsxMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static SniffResult Inspect(Stream s, MediaOptions options)
    {
        var entries = ReadCentralDirectory(s, options.MaxZipEntries);
        long total = 0, compressed = 0;
        foreach (var e in entries)
        {
            total += e.Uncompressed;
            compressed += e.Compressed;
        }
        if (total > options.MaxZipUncompressedBytes)
        {
            throw MediaRejectedException.ZipBomb($"dung lượng giải nén {total / (1024 * 1024)} MB vượt giới hạn");
        }
        if (total > 1024 * 1024 && total / Math.Max(1, compressed) > options.MaxZipCompressionRatio)
        {
            throw MediaRejectedException.ZipBomb($"tỉ lệ nén {total / Math.Max(1, compressed)}:1 bất thường");
        }

        // ODF puts an uncompressed "mimetype" entry first, so its text sits right after the first local header.
        var odf = ReadOdfMimeType(s);
        if (odf == "application/vnd.oasis.opendocument.text")
        {
            return new SniffResult("odt", odf, ".odt", MediaKind.Document);
        }
        if (odf == "application/vnd.oasis.opendocument.spreadsheet")
        {
            return new SniffResult("ods", odf, ".ods", MediaKind.Document);
        }

        var names = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("[Content_Types].xml"))
        {
            var types = ReadContentTypes(s);
            if (types.Contains(DocxMain, StringComparison.Ordinal) && names.Contains("word/document.xml"))
            {
                return new SniffResult("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    ".docx", MediaKind.Document);
            }
            if (types.Contains(XlsxMain, StringComparison.Ordinal) && names.Contains("xl/workbook.xml"))
            {
                return new SniffResult("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ".xlsx", MediaKind.Document);
            }
        }
        throw MediaRejectedException.Unsupported("tệp nén ZIP không phải DOCX, XLSX, ODT hoặc ODS");
    }

    private static List<Entry> ReadCentralDirectory(Stream s, int maxEntries)
    {
        // The end-of-central-directory record is in the last 22 + 65,535 bytes (it may carry a comment).
        var tailLength = (int)Math.Min(s.Length, 22 + 65535);
        var tail = new byte[tailLength];
        s.Position = s.Length - tailLength;
        s.ReadExactly(tail);
        var eocd = -1;
        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (tail[i] == 0x50 && tail[i + 1] == 0x4b && tail[i + 2] == 5 && tail[i + 3] == 6)
            {
                eocd = i;
                break;
            }
        }
        if (eocd < 0)
        {
            throw MediaRejectedException.CorruptDocument("không tìm thấy danh mục tệp nén");
        }
        var span = tail.AsSpan(eocd);
        int count = BinaryPrimitives.ReadUInt16LittleEndian(span[10..]);
        long cdSize = BinaryPrimitives.ReadUInt32LittleEndian(span[12..]);
        long cdOffset = BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
        if (count == 0xFFFF || cdOffset == 0xFFFFFFFF)
        {
            // ZIP64 is never needed for an office document within our size limits.
            throw MediaRejectedException.ZipBomb("định dạng ZIP64 không được chấp nhận");
        }
        if (count > maxEntries)
        {
            throw MediaRejectedException.ZipBomb($"{count} mục, vượt giới hạn {maxEntries}");
        }
        if (cdOffset + cdSize > s.Length)
        {
            throw MediaRejectedException.CorruptDocument("danh mục tệp nén sai vị trí");
        }
        var cd = new byte[cdSize];
        s.Position = cdOffset;
        s.ReadExactly(cd);
        var entries = new List<Entry>(count);
        var p = 0;
        for (var i = 0; i < count; i++)
        {
            if (p + 46 > cd.Length || BinaryPrimitives.ReadUInt32LittleEndian(cd.AsSpan(p)) != 0x02014b50)
            {
                throw MediaRejectedException.CorruptDocument("danh mục tệp nén không hợp lệ");
            }
            long comp = BinaryPrimitives.ReadUInt32LittleEndian(cd.AsSpan(p + 20));
            long uncomp = BinaryPrimitives.ReadUInt32LittleEndian(cd.AsSpan(p + 24));
            int nameLen = BinaryPrimitives.ReadUInt16LittleEndian(cd.AsSpan(p + 28));
            int extraLen = BinaryPrimitives.ReadUInt16LittleEndian(cd.AsSpan(p + 30));
            int commentLen = BinaryPrimitives.ReadUInt16LittleEndian(cd.AsSpan(p + 32));
            if (comp == 0xFFFFFFFF || uncomp == 0xFFFFFFFF)
            {
                throw MediaRejectedException.ZipBomb("định dạng ZIP64 không được chấp nhận");
            }
            if (p + 46 + nameLen > cd.Length)
            {
                throw MediaRejectedException.CorruptDocument("danh mục tệp nén không hợp lệ");
            }
            entries.Add(new Entry(Encoding.UTF8.GetString(cd, p + 46, nameLen), comp, uncomp));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return entries;
    }

    private static string? ReadOdfMimeType(Stream s)
    {
        var head = new byte[30 + 8 + 64];
        s.Position = 0;
        var n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n < 38 || Encoding.ASCII.GetString(head, 30, 8) != "mimetype")
        {
            return null;
        }
        int method = BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(8));
        int size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(18)), 64);
        int nameLen = BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(26));
        int extraLen = BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(28));
        var start = 30 + nameLen + extraLen;
        if (method != 0 || nameLen != 8 || start + size > n)
        {
            return null;
        }
        return Encoding.ASCII.GetString(head, start, size);
    }

    private static string ReadContentTypes(Stream s)
    {
        s.Position = 0;
        try
        {
            using var zip = new ZipArchive(s, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry("[Content_Types].xml");
            if (entry is null)
            {
                return "";
            }
            using var reader = entry.Open();
            // The declared size could lie; never inflate more than 256 KB of this small part.
            var buffer = new byte[256 * 1024];
            var read = reader.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (InvalidDataException)
        {
            throw MediaRejectedException.CorruptDocument("không đọc được nội dung tệp nén");
        }
    }
}
