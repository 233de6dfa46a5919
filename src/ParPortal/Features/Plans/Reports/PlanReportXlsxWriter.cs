using ParPortal.Features.Office;
using ParPortal.Time;

namespace ParPortal.Features.Plans.Reports;

/// <summary>Writes a <see cref="PlanReport"/> as .xlsx: title lines, then one row per task with the evidence as lines in a wrapped cell.</summary>
public static class PlanReportXlsxWriter
{
    public static void Write(Stream output, PlanReport report)
    {
        var table = new XlsxTable
        {
            SheetName = "Báo cáo",
            ColumnWidths = [32, 48, 60, 26, 20, 18],
            FrozenRows = 6,
            PrintLandscapeFitToWidth = true,
        };
        var lastColumn = SpreadsheetColumns.Letters(PlanReportColumns.Headers.Count - 1);

        void Line(string text, XlsxStyle style)
        {
            var row = table.Rows.Count + 1;
            table.Rows.Add([new XlsxCell(text, style)]);
            table.Merges.Add($"A{row}:{lastColumn}{row}");
        }

        Line(report.Agency, XlsxStyle.Bold);
        Line(BuildTitle(report), XlsxStyle.Title);
        Line(PlanReportColumns.PeriodLine(report), XlsxStyle.Normal);
        Line(VietnameseDate.PlaceAndDate(report.Place, report.ReportDate), XlsxStyle.Normal);
        Line(PlanReportColumns.SummaryLine(report.Summary), XlsxStyle.Normal);
        table.Rows.Add(PlanReportColumns.Headers.Select(h => new XlsxCell(h, XlsxStyle.Header)).ToList());

        foreach (var row in report.Rows)
        {
            var results = string.Join("\n", new[] { row.ResultText }.Concat(row.Evidence.Select(e => "- " + e.Line())).Where(s => s.Length > 0));
            table.Rows.Add(
            [
                new XlsxCell(row.Group, XlsxStyle.Wrapped),
                new XlsxCell(row.TaskLabel, XlsxStyle.Wrapped),
                new XlsxCell(results, XlsxStyle.Wrapped),
                new XlsxCell(row.LeadUnit, XlsxStyle.Wrapped),
                new XlsxCell(row.Timing, XlsxStyle.Wrapped),
                new XlsxCell(row.Status, XlsxStyle.Wrapped),
            ]);
        }

        XlsxTableWriter.Write(output, table);
    }

    internal static string BuildTitle(PlanReport report)
    {
        var number = report.PlanNumber.Length > 0 ? $" số {report.PlanNumber}" : string.Empty;
        return $"BÁO CÁO KẾT QUẢ THỰC HIỆN {report.PlanTitle.ToUpperInvariant()}{number.ToUpperInvariant()}";
    }
}
