using System.IO.Compression;

namespace ParPortal.Features.Office;

/// <summary>
/// Checks an uploaded Office file with System.IO.Compression before it reaches the OpenXml SDK, which would otherwise
/// inflate whatever the zip directory claims. Every entry is actually decompressed into a counting sink, because the
/// sizes in the directory are written by the uploader and can lie.
/// </summary>
public static class OfficePackageGuard
{
    private const string SpreadsheetHint = "Hãy lưu lại tệp dưới dạng Excel Workbook (.xlsx) và tải lên lại.";

    /// <summary>Reads at most <c>MaxFileBytes + 1</c> bytes from the stream; null when the stream is larger.</summary>
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

    /// <summary>Checks that <paramref name="bytes"/> is a safe package whose main part is <paramref name="mainPartPath"/>.</summary>
    public static OfficePackageCheck Check(byte[] bytes, OfficePackageLimits limits, string mainPartPath = "xl/workbook.xml")
    {
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            return TooLarge(limits);
        }

        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            return new(OfficePackageProblem.NotAPackage, "Tệp ở định dạng Excel 97–2003 (.xls) cũ, hệ thống chỉ đọc được .xlsx. " + SpreadsheetHint);
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return new(OfficePackageProblem.NotAPackage, "Tệp không phải là bảng tính Excel (.xlsx) hợp lệ. " + SpreadsheetHint);
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return Unsafe($"Tệp chứa quá nhiều thành phần ({zip.Entries.Count}, tối đa {limits.MaxEntries}).");
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxUncompressedBytes)
                {
                    return Unsafe("Tệp khi giải nén vượt quá giới hạn cho phép.");
                }

                if (entry.Length >= limits.RatioCheckFromBytes
                    && entry.CompressedLength > 0
                    && (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
                {
                    return Unsafe("Tệp có tỉ lệ nén bất thường (có thể là tệp “bom nén”).");
                }
            }

            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains(mainPartPath) || !names.Contains("[Content_Types].xml"))
            {
                if (names.Contains("word/document.xml"))
                {
                    return new(OfficePackageProblem.WrongDocumentKind, "Tệp là văn bản Word (.docx), không phải bảng tính Excel. " + SpreadsheetHint);
                }

                if (names.Contains("xl/workbook.xml") || names.Contains("ppt/presentation.xml"))
                {
                    return new(OfficePackageProblem.WrongDocumentKind, "Tệp không đúng loại tài liệu Office được yêu cầu.");
                }

                return new(OfficePackageProblem.NotAPackage, "Tệp nén không chứa bảng tính Excel. " + SpreadsheetHint);
            }

            // Inflate every entry for real, stopping as soon as the running total passes the limit or an entry grows
            // past the size it declared.
            long actual = 0;
            var sink = new byte[81920];
            try
            {
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
                            return Unsafe("Tệp khi giải nén vượt quá giới hạn cho phép.");
                        }
                    }
                }
            }
            catch (InvalidDataException)
            {
                // A corrupt stream, or a checksum that fails because the declared sizes were altered.
                return Unsafe("Tệp nén khai báo sai kích thước hoặc bị hỏng; hệ thống không mở tệp này.");
            }
        }
        catch (InvalidDataException)
        {
            return new(OfficePackageProblem.NotAPackage, "Tệp bị hỏng hoặc không phải là bảng tính Excel (.xlsx). " + SpreadsheetHint);
        }
        catch (NotSupportedException)
        {
            return new(OfficePackageProblem.NotAPackage, "Tệp dùng kiểu nén không được hỗ trợ. " + SpreadsheetHint);
        }

        return OfficePackageCheck.Ok;
    }

    /// <summary>The error for a file over <see cref="OfficePackageLimits.MaxFileBytes"/>.</summary>
    public static OfficePackageCheck TooLarge(OfficePackageLimits limits)
        => new(OfficePackageProblem.TooLarge, $"Tệp quá lớn: dung lượng tối đa là {limits.MaxFileBytes / 1024.0 / 1024.0:0.#} MB.");

    private static OfficePackageCheck Unsafe(string message) => new(OfficePackageProblem.UnsafeArchive, message);
}
