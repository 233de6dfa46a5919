using System.Globalization;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Features.Feedback.Workflow;
using ParPortal.Features.Office;
using ParPortal.Time;

namespace ParPortal.Features.Feedback.Admin;

/// <summary>The feedback statistics and the page ratings as spreadsheets, usable as a plan task's evidence.</summary>
public static class FeedbackXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> StatisticsHeaders =
        ["", "Tiếp nhận", "Đã trả lời", "Đúng hạn", "Trễ hạn", "Đã đóng", "Đang xử lý", "Quá hạn"];

    public static readonly IReadOnlyList<string> RatingHeaders =
        ["Trang", "Loại trang", "Số lượt", "Điểm trung bình", "1", "2", "3", "4", "5", "Số góp ý"];

    public static void WriteStatistics(Stream output, FeedbackStatistics s, string agency)
    {
        var table = NewTable("Thống kê hỏi đáp", [44, 12, 12, 12, 12, 12, 12, 12]);
        Title(table, agency, $"THỐNG KÊ TIẾP NHẬN, TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ (thời hạn {s.WorkingDays} ngày làm việc)", s.From, s.To, StatisticsHeaders.Count);
        void Section(string name, IEnumerable<FeedbackStatsRow> rows)
        {
            table.Rows.Add(StatisticsHeaders.Select((h, i) => new XlsxCell(i == 0 ? name : h, XlsxStyle.Header)).ToList());
            foreach (var r in rows)
            {
                table.Rows.Add([new(r.Name, XlsxStyle.Wrapped), N(r.Received), N(r.Answered), N(r.AnsweredOnTime), N(r.AnsweredLate), N(r.Closed), N(r.Open), N(r.Overdue)]);
            }
        }

        Section("Tổng cộng", [s.Total]);
        Section("Theo đơn vị", s.ByUnit);
        Section("Theo chủ đề", s.ByTopic);
        XlsxTableWriter.Write(output, table);
    }

    public static void WriteRatings(Stream output, RatingReport r, string agency)
    {
        var table = NewTable("Đánh giá trang", [48, 30, 10, 14, 8, 8, 8, 8, 8, 10]);
        Title(table, agency, "KẾT QUẢ ĐÁNH GIÁ “THÔNG TIN NÀY CÓ HỮU ÍCH KHÔNG?”", r.From, r.To, RatingHeaders.Count);
        table.Rows.Add(RatingHeaders.Select((h, i) => new XlsxCell(i == 0 ? "Theo loại trang" : h, XlsxStyle.Header)).ToList());
        foreach (var t in r.ByType)
        {
            table.Rows.Add(Row(t.Label, string.Empty, t));
        }

        table.Rows.Add(RatingHeaders.Select((h, i) => new XlsxCell(i == 0 ? "Theo trang" : h, XlsxStyle.Header)).ToList());
        foreach (var p in r.ByPage)
        {
            table.Rows.Add(Row(p.Key, p.Label, p));
        }

        XlsxTableWriter.Write(output, table);
    }

    private static List<XlsxCell> Row(string first, string second, RatingSummary s) =>
        [new(first, XlsxStyle.Wrapped), new(second, XlsxStyle.Wrapped), N(s.Votes), new(s.Average.ToString("0.00", CultureInfo.InvariantCulture)),
         .. s.ByScore.Select(N), N(s.Comments)];

    private static XlsxTable NewTable(string sheet, double[] widths) => new() { SheetName = sheet, ColumnWidths = widths, FrozenRows = 4 };

    private static void Title(XlsxTable table, string agency, string title, DateOnly from, DateOnly to, int columns)
    {
        var last = SpreadsheetColumns.Letters(columns - 1);
        foreach (var (text, style) in new[] { (agency, XlsxStyle.Bold), (title, XlsxStyle.Title), ($"Từ ngày {VietnameseDate.Short(from)} đến ngày {VietnameseDate.Short(to)}", XlsxStyle.Normal) })
        {
            table.Rows.Add([new XlsxCell(text, style)]);
            table.Merges.Add($"A{table.Rows.Count}:{last}{table.Rows.Count}");
        }
    }

    private static XlsxCell N(int n) => new(n.ToString(CultureInfo.InvariantCulture));
}
