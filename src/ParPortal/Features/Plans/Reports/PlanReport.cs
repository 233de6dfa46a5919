using ParPortal.Time;
namespace ParPortal.Features.Plans.Reports;

/// <summary>
/// A progress report on a plan for one reporting period, in the shape of the plan's appendix table. Plain data: the
/// quota engine fills it, the writers turn it into .docx and .xlsx.
/// </summary>
public sealed record PlanReport
{
    /// <summary>"Kế hoạch tuyên truyền cải cách hành chính năm 2024".</summary>
    public required string PlanTitle { get; init; }

    /// <summary>"15/KH-SGTVT".</summary>
    public string PlanNumber { get; init; } = string.Empty;

    /// <summary>The issuing agency, e.g. "Sở Giao thông vận tải tỉnh Quảng Trị".</summary>
    public required string Agency { get; init; }

    /// <summary>Place written before the date line ("Quảng Trị"); optional.</summary>
    public string Place { get; init; } = string.Empty;

    /// <summary>"6 tháng đầu năm 2024".</summary>
    public required string PeriodLabel { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required DateOnly ReportDate { get; init; }

    public required PlanReportSummary Summary { get; init; }

    public IReadOnlyList<PlanReportRow> Rows { get; init; } = [];
}

/// <summary>Counts of tasks by status, and how many items were counted as evidence.</summary>
public sealed record PlanReportSummary(int Met, int OnTrack, int Behind, int Overdue, int NotStarted, int ItemsCounted, int Regular = 0)
{
    public int Tasks => Met + OnTrack + Behind + Overdue + NotStarted + Regular;
}

/// <summary>One task row of the appendix table.</summary>
public sealed record PlanReportRow
{
    /// <summary>Column 1, Nội dung: the group the task belongs to ("1.2. Thực hiện đa dạng hóa các nội dung tuyên truyền").</summary>
    public string Group { get; init; } = string.Empty;

    /// <summary>Task code, e.g. "2.5".</summary>
    public string TaskCode { get; init; } = string.Empty;

    /// <summary>Column 2, Nhiệm vụ: the task's content.</summary>
    public required string TaskContent { get; init; }

    /// <summary>Column 3, Kết quả: a summary sentence ("Đã đăng 3/2 tin, bài").</summary>
    public string ResultText { get; init; } = string.Empty;

    /// <summary>The evidence items listed under the result.</summary>
    public IReadOnlyList<PlanEvidence> Evidence { get; init; } = [];

    /// <summary>Column 4, Cơ quan chủ trì.</summary>
    public string LeadUnit { get; init; } = string.Empty;

    /// <summary>Column 5, Thời gian ("Thường xuyên", "Quý I/2024").</summary>
    public string Timing { get; init; } = string.Empty;

    /// <summary>Column 6, Tình trạng ("Đạt", "Đúng tiến độ", "Chậm tiến độ", "Quá hạn", "Chưa thực hiện").</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>"2.5. Tuyên truyền trực tiếp…", the task as shown in column 2.</summary>
    public string TaskLabel => TaskCode.Length == 0 ? TaskContent : $"{TaskCode}. {TaskContent}";
}

/// <summary>An item counted for a task: title, publication date, unit and link.</summary>
public sealed record PlanEvidence(string Title, DateOnly Date, string Unit, string Url)
{
    /// <summary>"Tiêu đề (15/03/2024, Văn phòng Sở) – https://…", one line of the evidence list.</summary>
    public string Line()
    {
        var meta = string.IsNullOrWhiteSpace(Unit) ? VietnameseDate.Short(Date) : $"{VietnameseDate.Short(Date)}, {Unit}";
        return string.IsNullOrWhiteSpace(Url) ? $"{Title} ({meta})" : $"{Title} ({meta}) – {Url}";
    }
}

/// <summary>The six appendix column headers, shared by both writers.</summary>
public static class PlanReportColumns
{
    public static readonly IReadOnlyList<string> Headers =
        ["Nội dung", "Nhiệm vụ", "Kết quả, sản phẩm minh chứng", "Cơ quan chủ trì", "Thời gian", "Tình trạng"];

    /// <summary>"Đạt: 3; đúng tiến độ: 5; …", the summary as one sentence.</summary>
    public static string SummaryLine(PlanReportSummary s)
        => $"Tổng số nhiệm vụ: {s.Tasks}; đạt: {s.Met}; đúng tiến độ: {s.OnTrack}; chậm tiến độ: {s.Behind}; quá hạn: {s.Overdue}; chưa thực hiện: {s.NotStarted}{(s.Regular > 0 ? $"; thường xuyên: {s.Regular}" : string.Empty)}. Số tin, bài, văn bản được tính: {s.ItemsCounted}.";

    /// <summary>"Từ ngày 01/01/2024 đến ngày 30/06/2024".</summary>
    public static string PeriodLine(PlanReport r)
        => $"Kỳ báo cáo: {r.PeriodLabel} (từ ngày {VietnameseDate.Short(r.PeriodStart)} đến ngày {VietnameseDate.Short(r.PeriodEnd)})";
}
