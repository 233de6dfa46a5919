using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPortal.Features.Office;
using ParPortal.Features.Procedures.Import;

namespace ParPortal.Tests.Procedures.Import;

public class ProcedureImportSafetyTests
{
    private static ImportError SingleFileError(ProcedureReadResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
        return Assert.Single(result.FileErrors);
    }

    [Fact]
    public void Read_RefusesFile_WhenItIsTextRenamedToXlsx()
    {
        var bytes = Encoding.UTF8.GetBytes("Mã thủ tục;Tên thủ tục\n1.001;Thủ tục A\n");

        var error = SingleFileError(new ProcedureSpreadsheetReader().Read(bytes));

        Assert.Equal(ImportErrorKind.NotASpreadsheet, error.Kind);
        Assert.Contains(".xlsx", error.Message);
    }

    [Fact]
    public void Read_RefusesFile_WhenItIsAnExecutable()
    {
        var bytes = new byte[4096];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';

        Assert.Equal(ImportErrorKind.NotASpreadsheet, SingleFileError(new ProcedureSpreadsheetReader().Read(bytes)).Kind);
    }

    [Fact]
    public void Read_RefusesFile_WhenItIsAWordDocument()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("Mã thủ tục")))));
        }

        var error = SingleFileError(new ProcedureSpreadsheetReader().Read(stream.ToArray()));

        Assert.Equal(ImportErrorKind.WrongDocumentKind, error.Kind);
        Assert.Contains("Word", error.Message);
    }

    [Fact]
    public void Read_RefusesFile_WhenItIsAZipBomb()
    {
        // 300 MB of zeros deflates to a few hundred kilobytes: the ratio and the total size are both over the limits.
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var bomb = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                bomb.Write(zeros);
            }
        }

        var error = SingleFileError(new ProcedureSpreadsheetReader().Read(stream.ToArray()));

        Assert.Equal(ImportErrorKind.UnsafeArchive, error.Kind);
    }

    [Fact]
    public void Read_RefusesFile_WhenZipDirectoryUnderstatesSizes()
    {
        // The directory claims 1,000 bytes for an entry that inflates to 8 MB, so only actually decompressing with a
        // cap catches it. The claimed size is patched in both the local and the central header.
        const string name = "xl/worksheets/sheet1.xml";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[8 * 1024 * 1024]);
        }

        var bytes = stream.ToArray();
        var nameBytes = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var local = BitConverter.ToUInt32(bytes, i) == 0x04034b50 && bytes.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes);
            var central = BitConverter.ToUInt32(bytes, i) == 0x02014b50 && bytes.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes);
            if (local || central)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + (local ? 22 : 24), 4), 1000u);
            }
        }

        var error = SingleFileError(new ProcedureSpreadsheetReader().Read(bytes));

        // System.IO.Compression stops inflating at the declared size, so the entry arrives truncated and the file is
        // refused as broken; what matters is that it is refused without inflating 8 MB.
        Assert.Contains(error.Kind, new[] { ImportErrorKind.UnsafeArchive, ImportErrorKind.NotASpreadsheet });
    }

    [Fact]
    public void Read_RefusesFile_WhenEntriesAreTooMany()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            for (var i = 0; i < 50; i++)
            {
                zip.CreateEntry($"xl/media/image{i}.png").Open().Dispose();
            }
        }

        var reader = new ProcedureSpreadsheetReader(new OfficePackageLimits { MaxEntries = 20 });

        Assert.Equal(ImportErrorKind.UnsafeArchive, SingleFileError(reader.Read(stream.ToArray())).Kind);
    }

    [Fact]
    public async Task ReadAsync_RefusesFile_WhenOverSizeLimit()
    {
        var bytes = new RawWorkbook().Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện").ToBytes();
        var reader = new ProcedureSpreadsheetReader(new OfficePackageLimits { MaxFileBytes = bytes.Length - 1 });

        var error = SingleFileError(await reader.ReadAsync(new MemoryStream(bytes)));

        Assert.Equal(ImportErrorKind.TooLarge, error.Kind);
        Assert.Contains("quá lớn", error.Message);
    }

    [Fact]
    public void Read_NamesMissingColumns_WhenRequiredHeadersAreAbsent()
    {
        var bytes = new RawWorkbook()
            .Row(1, "Mã thủ tục", "Tên thủ tục", "Cơ quan thực hiện")
            .Row(2, "1.001", "Thủ tục A", "Sở Tư pháp")
            .ToBytes();

        var error = SingleFileError(new ProcedureSpreadsheetReader().Read(bytes));

        Assert.Equal(ImportErrorKind.MissingColumns, error.Kind);
        Assert.Contains("Lĩnh vực", error.Message);
        Assert.Contains("Cấp thực hiện", error.Message);
        Assert.DoesNotContain("Tên thủ tục", error.Message);
    }

    [Fact]
    public void Read_NamesCodeAndBothRows_WhenCodeIsRepeated()
    {
        var bytes = new RawWorkbook()
            .Row(2, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện")
            .Row(3, "1.001193", "Thủ tục A", "Hộ tịch", "Cấp Xã")
            .Row(4, "1.005", "Thủ tục B", "Hộ tịch", "Cấp Xã")
            .Row(5, "1.001193", "Thủ tục A lặp", "Hộ tịch", "Cấp Xã")
            .ToBytes();

        var result = new ProcedureSpreadsheetReader().Read(bytes);

        var error = Assert.Single(result.RowErrors);
        Assert.Equal(ImportErrorKind.DuplicateCode, error.Kind);
        Assert.Equal(5, error.Row);
        Assert.Contains("1.001193", error.Message);
        Assert.Contains("dòng 3", error.Message);
        Assert.Contains("dòng 5", error.Message);
        Assert.Equal(["1.001193", "1.005"], result.Records.Select(r => r.Code));
    }
}
