using System.IO.Compression;
using System.Text;

namespace ParPortal.Features.Office;

/// <summary>
/// The one check of an Office file before anything parses or stores it (media uploads and every import): the old
/// binary formats are named, the zip is opened with System.IO.Compression, and every part is actually decompressed
/// into a counting sink, because the sizes in the zip directory are written by the uploader and can lie. Only then is
/// the document's kind read from its parts.
/// </summary>
public static class OfficePackageGuard
{
    /// <summary>Reads at most <paramref name="maxBytes"/> from the stream; null when the stream is larger.</summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream input, long maxBytes, CancellationToken cancellationToken = default)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Checks that <paramref name="bytes"/> is a safe Office package, of kind <paramref name="expected"/> when given.
    /// The messages name the expected kind ("bảng tính Excel (.xlsx)") so they can be shown as they are.
    /// </summary>
    public static OfficePackageCheck Check(byte[] bytes, OfficePackageLimits limits, OfficeDocumentKind? expected = null)
    {
        var want = Wanted.Of(expected);
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            return new(OfficePackageProblem.LegacyFormat, $"Tệp ở định dạng Office 97–2003 cũ (.doc, .xls); hệ thống chỉ đọc được {want.Name}. {want.Hint}");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return new(OfficePackageProblem.NotAPackage, $"Tệp không phải là {want.Name} hợp lệ. {want.Hint}");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var unsafeArchive = Inflate(zip, limits);
            if (unsafeArchive is not null)
            {
                return new(OfficePackageProblem.UnsafeArchive, unsafeArchive);
            }

            var kind = KindOf(zip);
            if (kind == OfficeDocumentKind.Unknown)
            {
                return new(OfficePackageProblem.NotAPackage, $"Tệp nén không chứa {want.Name}. {want.Hint}");
            }

            if (expected is { } e && kind != e)
            {
                return new(OfficePackageProblem.WrongDocumentKind, $"Tệp là {Wanted.Of(kind).Name}, không phải {want.Name}. {want.Hint}");
            }

            return OfficePackageCheck.Accepted(kind);
        }
        catch (InvalidDataException)
        {
            return new(OfficePackageProblem.Corrupt, $"Tệp bị hỏng hoặc không phải là {want.Name}. {want.Hint}");
        }
        catch (NotSupportedException)
        {
            return new(OfficePackageProblem.Corrupt, $"Tệp dùng kiểu nén không được hỗ trợ. {want.Hint}");
        }
    }

    /// <summary>The error for a file over <see cref="OfficePackageLimits.MaxFileBytes"/>.</summary>
    public static OfficePackageCheck TooLarge(long maxBytes)
        => new(OfficePackageProblem.TooLarge, $"Tệp quá lớn: dung lượng tối đa là {maxBytes / 1024.0 / 1024.0:0.#} MB.");

    /// <summary>Null when the archive is within the limits, else why not. Reading fails on a corrupt or altered zip.</summary>
    private static string? Inflate(ZipArchive zip, OfficePackageLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            return $"Tệp chứa quá nhiều thành phần ({zip.Entries.Count}, tối đa {limits.MaxEntries}).";
        }

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > limits.MaxUncompressedBytes)
            {
                return "Tệp khi giải nén vượt quá giới hạn cho phép.";
            }

            if (entry.Length >= limits.RatioCheckFromBytes && entry.CompressedLength > 0
                && (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
            {
                return "Tệp có tỉ lệ nén bất thường (có thể là tệp “bom nén”).";
            }
        }

        // Inflate every part for real, stopping as soon as the running total passes the limit or a part grows past
        // the size it declared. A checksum that fails because the declared sizes were altered throws
        // InvalidDataException, reported as a corrupt file.
        long actual = 0;
        var sink = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            long entryBytes = 0;
            int read;
            while ((read = content.Read(sink, 0, sink.Length)) > 0)
            {
                entryBytes += read;
                actual += read;
                if (actual > limits.MaxUncompressedBytes || entryBytes > entry.Length)
                {
                    return "Tệp khi giải nén vượt quá giới hạn cho phép.";
                }
            }
        }

        return null;
    }

    /// <summary>The kind from the parts: ODF names its type in a "mimetype" part; Office Open XML by its main part.</summary>
    private static OfficeDocumentKind KindOf(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is { } mimetype)
        {
            using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim() switch
            {
                "application/vnd.oasis.opendocument.text" => OfficeDocumentKind.Odt,
                "application/vnd.oasis.opendocument.spreadsheet" => OfficeDocumentKind.Ods,
                _ => OfficeDocumentKind.Unknown,
            };
        }

        if (zip.GetEntry("[Content_Types].xml") is null)
        {
            return OfficeDocumentKind.Unknown;
        }

        return zip.GetEntry("word/document.xml") is not null ? OfficeDocumentKind.Docx
            : zip.GetEntry("xl/workbook.xml") is not null ? OfficeDocumentKind.Xlsx
            : OfficeDocumentKind.Unknown;
    }

    /// <summary>How messages name a kind and what they advise.</summary>
    private sealed record Wanted(string Name, string Hint)
    {
        public static Wanted Of(OfficeDocumentKind? kind) => kind switch
        {
            OfficeDocumentKind.Xlsx => new("bảng tính Excel (.xlsx)", "Hãy lưu lại tệp dưới dạng Excel Workbook (.xlsx) và tải lên lại."),
            OfficeDocumentKind.Docx => new("văn bản Word (.docx)", "Hãy lưu lại tệp dưới dạng Word Document (.docx) và tải lên lại."),
            OfficeDocumentKind.Odt => new("văn bản OpenDocument (.odt)", "Hãy lưu lại tệp dưới dạng .odt và tải lên lại."),
            OfficeDocumentKind.Ods => new("bảng tính OpenDocument (.ods)", "Hãy lưu lại tệp dưới dạng .ods và tải lên lại."),
            _ => new("tài liệu Office (DOCX, XLSX, ODT, ODS)", "Hãy lưu lại tệp ở một trong các định dạng đó và tải lên lại."),
        };
    }
}
