using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ParPortal.Features.Procedures.Import;
using ParPortal.Procedures;

namespace ParPortal.Tests.Procedures.Import;

public class ProcedureSpreadsheetWriterTests
{
    private static byte[] Export(IEnumerable<ProcedureRecord> records)
    {
        using var stream = new MemoryStream();
        ProcedureSpreadsheetWriter.Write(stream, records);
        return stream.ToArray();
    }

    [Fact]
    public void Write_RoundTripsEqualRecords_WhenReadBack()
    {
        var records = Enumerable.Range(1, 12).Select(n => ProcedureSamples.Record(n)).ToList();
        records[3] = records[3] with { OnlineLevel = OnlineServiceLevel.MotPhan, LegacyLevel = "Mức độ 3", Status = ProcedureStatus.Amended, Level = ProcedureLevel.Huyen };
        records[4] = records[4] with { OnlineLevel = OnlineServiceLevel.None, Status = ProcedureStatus.Abolished, Level = ProcedureLevel.Bo, Fee = "", PortalUrl = "" };

        var result = new ProcedureSpreadsheetReader().Read(Export(records));

        Assert.True(result.Succeeded);
        Assert.Empty(result.RowErrors);
        Assert.Equal(records, result.Records);
        Assert.Equal(records[0].Name, result.Records[0].RawRow["Tên thủ tục"]);
    }

    [Fact]
    public void Write_ProducesValidFileWithBoldFrozenHeader()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Export([ProcedureSamples.Record(1)])), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);

        var headerCell = sheet.Descendants<Row>().First().Elements<Cell>().First();
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)headerCell.StyleIndex!.Value);
        var font = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.Bold);
        Assert.All(sheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 10, 80));
    }
}
