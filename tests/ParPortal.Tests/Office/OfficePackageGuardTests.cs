using System.IO.Compression;
using System.Text;
using ParPortal.Features.Office;

namespace ParPortal.Tests.Office;

/// <summary>The one check every Office file passes before it is parsed or stored (media uploads and imports).</summary>
public class OfficePackageGuardTests
{
    private static readonly OfficePackageLimits Limits = new();

    [Theory]
    [InlineData("word/document.xml", OfficeDocumentKind.Docx)]
    [InlineData("xl/workbook.xml", OfficeDocumentKind.Xlsx)]
    public void Check_NamesTheKind_WhenTheMainPartIsThere(string mainPart, OfficeDocumentKind expected)
    {
        var check = OfficePackageGuard.Check(Zip(("[Content_Types].xml", "<Types/>"), (mainPart, "<x/>")), Limits);

        Assert.True(check.IsOk, check.Message);
        Assert.Equal(expected, check.Kind);
    }

    [Fact]
    public void Check_ReadsOpenDocumentKinds_FromTheMimetypePart()
    {
        var odt = OfficePackageGuard.Check(Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")), Limits);
        var ods = OfficePackageGuard.Check(Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>")), Limits);

        Assert.Equal((OfficeDocumentKind.Odt, OfficeDocumentKind.Ods), (odt.Kind, ods.Kind));
    }

    [Fact]
    public void Check_RefusesAWordFile_WhenAWorkbookIsExpected_AndSaysWhatItIs()
    {
        var check = OfficePackageGuard.Check(Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<x/>")), Limits, OfficeDocumentKind.Xlsx);

        Assert.Equal(OfficePackageProblem.WrongDocumentKind, check.Problem);
        Assert.Contains("văn bản Word (.docx)", check.Message, StringComparison.Ordinal);
        Assert.Contains("bảng tính Excel (.xlsx)", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesAnArchive_LargerThanTheLimitOnceDecompressed()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", new string('a', 3_000_000)));

        var check = OfficePackageGuard.Check(bomb, new OfficePackageLimits { MaxUncompressedBytes = 1_000_000 });

        Assert.Equal(OfficePackageProblem.UnsafeArchive, check.Problem);
    }

    [Fact]
    public void Check_NamesTheOldBinaryFormats_AndCorruptArchives()
    {
        byte[] legacy = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        var valid = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", new string('b', 10_000)));
        var corrupt = valid.ToArray();
        corrupt[^40] ^= 0xFF;

        Assert.Equal(OfficePackageProblem.LegacyFormat, OfficePackageGuard.Check(legacy, Limits, OfficeDocumentKind.Docx).Problem);
        Assert.Contains(OfficePackageGuard.Check(corrupt, Limits).Problem, new[] { OfficePackageProblem.Corrupt, OfficePackageProblem.UnsafeArchive });
        Assert.Equal(OfficePackageProblem.NotAPackage, OfficePackageGuard.Check(Encoding.UTF8.GetBytes("không phải tệp nén"), Limits).Problem);
        Assert.Equal(OfficePackageProblem.NotAPackage, OfficePackageGuard.Check(Zip(("virus.exe", "MZ")), Limits).Problem);
    }

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open());
                w.Write(text);
            }
        }

        return ms.ToArray();
    }
}
