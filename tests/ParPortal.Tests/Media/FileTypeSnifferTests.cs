using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

public sealed class FileTypeSnifferTests
{
    private static FileTypeSniffer Sniffer() =>
        new(Microsoft.Extensions.Options.Options.Create(new ParPortal.Features.Office.OfficePackageLimits()));

    private static MediaRejectedException Rejected(byte[] bytes) =>
        Assert.Throws<MediaRejectedException>(() => Sniffer().Sniff(new MemoryStream(bytes)));

    [Fact]
    public void Sniff_RejectsAsEmpty_WhenFileHasZeroBytes()
    {
        var error = Rejected([]);
        Assert.Equal(MediaRejectReason.Empty, error.Reason);
        Assert.Equal("Tệp rỗng.", error.Message);
    }

    [Theory]
    [InlineData("MZ", "Windows")]
    [InlineData("\u007fELF", "ELF")]
    public void Sniff_RejectsExecutable_WhenRenamedToImageOrDocx(string magic, string expected)
    {
        var bytes = Encoding.ASCII.GetBytes(magic).Concat(new byte[600]).ToArray();
        var error = Rejected(bytes);
        Assert.Equal(MediaRejectReason.UnsupportedType, error.Reason);
        Assert.StartsWith("Định dạng tệp không được hỗ trợ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Sniff_RejectsHtml_WhenNamedLikeJpeg()
    {
        var error = Rejected(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"));
        Assert.Equal(MediaRejectReason.UnsupportedType, error.Reason);
        Assert.Contains("HTML", error.Message);
    }

    [Fact]
    public void Sniff_RejectsSvg_WhenUploadedAsImage()
    {
        var error = Rejected(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        Assert.Equal(MediaRejectReason.UnsupportedType, error.Reason);
        Assert.Contains("SVG", error.Message);
    }

    [Fact]
    public void Sniff_DetectsDocx_WhenMadeByOpenXml()
    {
        var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Báo cáo CCHC")))));
        }

        var result = Sniffer().Sniff(new MemoryStream(ms.ToArray()));

        Assert.Equal("docx", result.Format);
        Assert.Equal(MediaKind.Document, result.Kind);
    }

    [Fact]
    public void Sniff_DetectsOdt_WhenMimetypeEntryComesFirst()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                w.Write("application/vnd.oasis.opendocument.text");
            }
            using (var w = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            {
                w.Write("<office:document-content/>");
            }
        }

        Assert.Equal("odt", Sniffer().Sniff(new MemoryStream(ms.ToArray())).Format);
    }

    [Fact]
    public void Sniff_RejectsZipBomb_WhenDocxInflatesFarBeyondItsSize()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                w.Write("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            }
            using var body = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                body.Write(zeros);
            }
        }
        Assert.True(ms.Length < 1024 * 1024);

        var error = Rejected(ms.ToArray());

        Assert.Equal(MediaRejectReason.ZipBomb, error.Reason);
    }

    [Fact]
    public void Sniff_RejectsZip_WhenItIsNotAnOfficeDocument()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("virus.exe").Open());
            w.Write("MZ");
        }

        Assert.Equal(MediaRejectReason.UnsupportedType, Rejected(ms.ToArray()).Reason);
    }

    [Fact]
    public void Sniff_DetectsPdf_WhenTrailerIsPresentAndRejectsIt_WhenCut()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

        Assert.Equal("application/pdf", Sniffer().Sniff(new MemoryStream(pdf)).ContentType);
        Assert.Equal(MediaRejectReason.CorruptDocument, Rejected(pdf[..20]).Reason);
    }

    [Fact]
    public void Sniff_DetectsXlsx_WhenMadeByOpenXml()
    {
        var ms = new MemoryStream();
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var workbook = book.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData());
            workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Chỉ số",
            }));
        }

        var result = Sniffer().Sniff(new MemoryStream(ms.ToArray()));

        Assert.Equal("xlsx", result.Format);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", result.ContentType);
    }
}
