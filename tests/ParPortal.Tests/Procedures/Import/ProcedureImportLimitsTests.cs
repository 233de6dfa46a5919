using System.IO.Compression;
using System.Text;
using ParPortal.Features.Procedures.Import;

namespace ParPortal.Tests.Procedures.Import;

/// <summary>
/// A small hostile spreadsheet cannot keep the server busy or fill its memory: rows, merged ranges and reading time
/// are bounded (<see cref="ProcedureImportOptions"/>), each with a Vietnamese message, and the client leaving stops
/// the work.
/// </summary>
public sealed class ProcedureImportLimitsTests
{
    private static readonly Lazy<byte[]> MillionRowFile = new(BuildMillionRows);

    private static RawWorkbook Header() => new RawWorkbook()
        .Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện")
        .Row(2, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp Xã");

    [Fact]
    public void Read_RefusesAsTooComplex_WhenTheSheetHasMoreMergedRangesThanTheLimit()
    {
        var workbook = Header();
        for (var i = 0; i < 3_000; i++)
        {
            workbook.Merge("A1:A1048576");
        }

        var result = new ProcedureSpreadsheetReader(options: new ProcedureImportOptions { MaxMergedRanges = 1_000 }).Read(workbook.ToBytes());

        var error = Assert.Single(result.FileErrors);
        Assert.Equal(ImportErrorKind.TooComplex, error.Kind);
        Assert.Contains("1.000 vùng ô gộp", error.Message);
    }

    [Fact]
    public void Read_ReadsTheRows_WhenThousandsOfWholeColumnMergesAreWithinTheLimit()
    {
        var workbook = Header();
        for (var i = 0; i < 3_000; i++)
        {
            workbook.Merge("C2:C1048576");
        }

        // Each range visits only the rows that exist: this read took about 50 s when it walked a million rows per range.
        var result = new ProcedureSpreadsheetReader(options: new ProcedureImportOptions { ReadTimeBudget = TimeSpan.FromSeconds(30) }).Read(workbook.ToBytes());

        Assert.Empty(result.FileErrors);
        Assert.Equal("Hộ tịch", Assert.Single(result.Records).Field);
    }

    [Fact]
    public void Read_RefusesAsTooComplex_WhenTheSheetHasAMillionRows()
    {
        var bytes = MillionRows();

        var result = new ProcedureSpreadsheetReader().Read(bytes);

        var error = Assert.Single(result.FileErrors);
        Assert.Equal(ImportErrorKind.TooComplex, error.Kind);
        Assert.Contains("hơn 10.000 dòng", error.Message);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Read_RefusesAsTooComplex_WhenReadingTakesLongerThanTheBudget()
    {
        var result = new ProcedureSpreadsheetReader(options: new ProcedureImportOptions { ReadTimeBudget = TimeSpan.FromTicks(1) }).Read(MillionRows());

        var error = Assert.Single(result.FileErrors);
        Assert.Equal(ImportErrorKind.TooComplex, error.Kind);
        Assert.Contains("giây", error.Message);
    }

    [Fact]
    public void Read_Stops_WhenTheClientHasGone()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ProcedureSpreadsheetReader().Read(MillionRows(), gone.Token));
    }

    private static byte[] MillionRows() => MillionRowFile.Value;

    /// <summary>A 1,048,575-row sheet (the repro was a 2.9 MB file), written straight as XML: the header and a row per line.</summary>
    private static byte[] BuildMillionRows()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DanhMuc" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            sheet.Append("""<row r="1"><c r="A1" t="inlineStr"><is><t>Mã thủ tục</t></is></c><c r="B1" t="inlineStr"><is><t>Tên thủ tục</t></is></c><c r="C1" t="inlineStr"><is><t>Lĩnh vực</t></is></c><c r="D1" t="inlineStr"><is><t>Cấp thực hiện</t></is></c></row>""");
            for (var r = 2; r <= 1_048_576; r++)
            {
                sheet.Append("<row r=\"").Append(r).Append("\"><c r=\"A").Append(r).Append("\"><v>").Append(r).Append("</v></c></row>");
            }

            sheet.Append("</sheetData></worksheet>");
            Entry(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
