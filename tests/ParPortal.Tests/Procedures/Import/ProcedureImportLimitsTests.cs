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
        // No row limit, so only the time budget can stop the million rows (on a fast machine the 10,000-row limit
        // would otherwise be reached before the budget's timer fires).
        var options = new ProcedureImportOptions { ReadTimeBudget = TimeSpan.FromTicks(1), MaxRows = int.MaxValue };
        var result = new ProcedureSpreadsheetReader(options: options).Read(MillionRows());

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
        var sheet = new StringBuilder("""<row r="1"><c r="A1" t="inlineStr"><is><t>Mã thủ tục</t></is></c><c r="B1" t="inlineStr"><is><t>Tên thủ tục</t></is></c><c r="C1" t="inlineStr"><is><t>Lĩnh vực</t></is></c><c r="D1" t="inlineStr"><is><t>Cấp thực hiện</t></is></c></row>""");
        for (var r = 2; r <= 1_048_576; r++)
        {
            sheet.Append("<row r=\"").Append(r).Append("\"><c r=\"A").Append(r).Append("\"><v>").Append(r).Append("</v></c></row>");
        }

        return MinimalXlsx.Build(sheet.ToString());
    }
}
