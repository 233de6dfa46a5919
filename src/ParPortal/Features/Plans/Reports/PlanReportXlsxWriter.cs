using ParPortal.Features.Office;
using ParPortal.Time;

namespace ParPortal.Features.Plans.Reports;

/// <summary>
/// Writes a <see cref="PlanReport"/> as .xlsx with the same tables as the .docx: the header lines, Phụ lục I (the
/// tasks in the appendix's eight columns, evidence as lines of a wrapped cell) and Phụ lục II (the units) below it.
/// </summary>
public static class PlanReportXlsxWriter
{
    public static void Write(Stream output, PlanReport report)
    {
        var table = new XlsxTable
        {
            SheetName = "Báo cáo",
            ColumnWidths = [30, 40, 60, 24, 24, 22, 18, 16],
            FrozenRows = 7,
            PrintLandscapeFitToWidth = true,
        };
        var lastColumn = SpreadsheetColumns.Letters(PlanReportColumns.Headers.Count - 1);

        void Line(string text, XlsxStyle style)
        {
            var row = table.Rows.Count + 1;
            table.Rows.Add([new XlsxCell(text, style)]);
            table.Merges.Add($"A{row}:{lastColumn}{row}");
        }

        Line(report.Agency.ToUpperInvariant() + " – Số: " + report.Number.Trim(), XlsxStyle.Bold);
        Line(VietnameseDate.PlaceAndDate(report.Place, report.ReportDate), XlsxStyle.Normal);
        Line("BÁO CÁO: " + report.Subject, XlsxStyle.Title);
        Line(PlanReportColumns.PeriodLine(report), XlsxStyle.Normal);
        Line(PlanReportColumns.SummaryLine(report.Summary), XlsxStyle.Normal);
        Line("Phụ lục I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", XlsxStyle.Bold);
        table.Rows.Add(PlanReportColumns.Headers.Select(h => new XlsxCell(h, XlsxStyle.Header)).ToList());
        foreach (var row in report.Rows)
        {
            var results = string.Join("\n", row.Results.Concat(row.Evidence.Select(e => "- " + e.Line())));
            table.Rows.Add(
            [
                new XlsxCell(row.Group, XlsxStyle.Wrapped),
                new XlsxCell(row.TaskLabel, XlsxStyle.Wrapped),
                new XlsxCell(results, XlsxStyle.Wrapped),
                new XlsxCell(row.LeadUnit, XlsxStyle.Wrapped),
                new XlsxCell(row.CoordinatingUnits, XlsxStyle.Wrapped),
                new XlsxCell(row.Timing, XlsxStyle.Wrapped),
                new XlsxCell(row.Budget, XlsxStyle.Wrapped),
                new XlsxCell(row.Status, XlsxStyle.Wrapped),
            ]);
        }

        table.Rows.Add([]);
        Line("Phụ lục II. KẾT QUẢ THEO ĐƠN VỊ", XlsxStyle.Bold);
        table.Rows.Add(PlanReportColumns.UnitHeaders.Select(h => new XlsxCell(h, XlsxStyle.Header)).ToList());
        foreach (var unit in report.Units)
        {
            table.Rows.Add(
            [
                new XlsxCell(unit.Unit, XlsxStyle.Wrapped),
                new XlsxCell(unit.ItemsCounted.ToString(System.Globalization.CultureInfo.InvariantCulture), XlsxStyle.Wrapped),
                new XlsxCell(unit.Quotas, XlsxStyle.Wrapped),
                new XlsxCell(unit.Status, XlsxStyle.Wrapped),
            ]);
        }

        XlsxTableWriter.Write(output, table);
    }
}
