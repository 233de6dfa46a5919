namespace ParPortal.Features.Plans.Reports;

/// <summary>
/// A report on a plan for one reporting period, in the form of Nghị định 30/2020/NĐ-CP: the header (agency block,
/// quốc hiệu, number, place and date), the type and subject, the office's narrative sections with the engine's
/// figures, the appendix table in the columns of the plan's own appendix, a table per unit, the recipients and the
/// signature. Plain data: <see cref="PlanReportBuilder"/> fills it, the .docx and .xlsx writers print it.
/// </summary>
public sealed record PlanReport
{
    /// <summary>The body above the agency ("UBND TỈNH QUẢNG TRỊ"); empty when the office gave none.</summary>
    public string Superior { get; init; } = string.Empty;

    /// <summary>The issuing agency, e.g. "Sở Giao thông vận tải tỉnh Quảng Trị".</summary>
    public required string Agency { get; init; }

    /// <summary>"15/BC-SGTVT", or "     /BC-SGTVT" with the number left for the clerk.</summary>
    public required string Number { get; init; }

    /// <summary>Place written before the date line ("Quảng Trị"); optional.</summary>
    public string Place { get; init; } = string.Empty;

    public required DateOnly ReportDate { get; init; }

    /// <summary>Trích yếu: "Kết quả thực hiện Kế hoạch … 6 tháng đầu năm 2024".</summary>
    public required string Subject { get; init; }

    /// <summary>"Kế hoạch tuyên truyền cải cách hành chính năm 2024".</summary>
    public required string PlanTitle { get; init; }

    /// <summary>The plan's number when it has one ("826/KH-SGTVT"); empty when the plan was never numbered.</summary>
    public string PlanNumber { get; init; } = string.Empty;

    /// <summary>"6 tháng đầu năm 2024".</summary>
    public required string PeriodLabel { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    /// <summary>The as-of date of the figures.</summary>
    public required DateOnly AsOf { get; init; }

    public required PlanReportSummary Summary { get; init; }

    /// <summary>I. Kết quả đạt được: the office's paragraphs.</summary>
    public IReadOnlyList<string> Achievements { get; init; } = [];

    /// <summary>II. Tồn tại, hạn chế và nguyên nhân: the office's paragraphs.</summary>
    public IReadOnlyList<string> Shortcomings { get; init; } = [];

    /// <summary>The tasks not met, from the figures ("Nhiệm vụ 2.13: Không đạt – …").</summary>
    public IReadOnlyList<string> Shortfalls { get; init; } = [];

    /// <summary>III. Phương hướng, nhiệm vụ kỳ tới: the office's paragraphs.</summary>
    public IReadOnlyList<string> NextSteps { get; init; } = [];

    /// <summary>What falls due next, from the figures ("30/06/2025: Nhiệm vụ 2.11 – cần thêm 01 tin, bài").</summary>
    public IReadOnlyList<string> Upcoming { get; init; } = [];

    public IReadOnlyList<PlanReportRow> Rows { get; init; } = [];

    public IReadOnlyList<PlanReportUnitRow> Units { get; init; } = [];

    /// <summary>"Nơi nhận", one line each.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>"GIÁM ĐỐC", or several lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC").</summary>
    public IReadOnlyList<string> SignerTitle { get; init; } = [];

    public string SignerName { get; init; } = string.Empty;
}

/// <summary>Counts of tasks by status, and how many items were counted as evidence.</summary>
public sealed record PlanReportSummary(int Met, int OnTrack, int Behind, int Missed, int Overdue, int NotStarted, int Regular, int ItemsCounted)
{
    public int Tasks => Met + OnTrack + Behind + Missed + Overdue + NotStarted + Regular;
}

/// <summary>One task row of the appendix table, in the plan's own columns.</summary>
public sealed record PlanReportRow
{
    /// <summary>Nội dung: the group the task belongs to ("1.2. Thực hiện đa dạng hóa các nội dung tuyên truyền").</summary>
    public string Group { get; init; } = string.Empty;

    /// <summary>Task code as printed ("2.5"); empty for a task the plan did not number.</summary>
    public string TaskCode { get; init; } = string.Empty;

    public required string TaskContent { get; init; }

    /// <summary>Sản phẩm / kết quả: one sentence per rule.</summary>
    public IReadOnlyList<string> Results { get; init; } = [];

    /// <summary>The counted items, by their public titles and dates.</summary>
    public IReadOnlyList<PlanEvidence> Evidence { get; init; } = [];

    public string LeadUnit { get; init; } = string.Empty;

    public string CoordinatingUnits { get; init; } = string.Empty;

    public string Timing { get; init; } = string.Empty;

    public string Budget { get; init; } = string.Empty;

    /// <summary>"Đạt", "Đúng tiến độ", "Chậm", "Không đạt", "Quá hạn", "Chưa bắt đầu", "Thường xuyên".</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Nhiệm vụ as shown: "2.5. Tuyên truyền trực tiếp…", or the content alone when unnumbered.</summary>
    public string TaskLabel => TaskCode.Length == 0 ? TaskContent : $"{TaskCode}. {TaskContent}";
}

/// <summary>An item counted for a task, as the public knows it: its title, publication date and unit.</summary>
public sealed record PlanEvidence(string Title, DateOnly Date, string Unit)
{
    /// <summary>"Tiêu đề (15/03/2024, Văn phòng Sở)": one line of the evidence list.</summary>
    public string Line() =>
        string.IsNullOrWhiteSpace(Unit) ? $"{Title} ({ParPortal.Time.VietnameseDate.Short(Date)})" : $"{Title} ({ParPortal.Time.VietnameseDate.Short(Date)}, {Unit})";
}

/// <summary>A unit's row: what it contributed, and its own quotas where per-unit rules name it.</summary>
public sealed record PlanReportUnitRow(string Unit, int ItemsCounted, string Quotas, string Status);

/// <summary>Column headers and shared sentences of both writers.</summary>
public static class PlanReportColumns
{
    /// <summary>The appendix columns, as the seeds' appendices head them.</summary>
    public static readonly IReadOnlyList<string> Headers =
        ["Nội dung", "Nhiệm vụ", "Sản phẩm / kết quả", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Kinh phí", "Tình trạng"];

    public static readonly IReadOnlyList<string> UnitHeaders = ["Đơn vị", "Số tin, bài, văn bản được tính", "Chỉ tiêu của đơn vị", "Tình trạng"];

    /// <summary>"Tổng số nhiệm vụ: 16; đạt: 3; …", the summary as one sentence.</summary>
    public static string SummaryLine(PlanReportSummary s)
    {
        var parts = new List<string> { $"Tổng số nhiệm vụ: {s.Tasks}", $"đạt: {s.Met}" };
        void Add(string name, int n)
        {
            if (n > 0)
            {
                parts.Add($"{name}: {n}");
            }
        }

        Add("đúng tiến độ", s.OnTrack);
        Add("chậm", s.Behind);
        Add("không đạt", s.Missed);
        Add("quá hạn", s.Overdue);
        Add("chưa bắt đầu", s.NotStarted);
        Add("thường xuyên, không có chỉ tiêu", s.Regular);
        var measured = s.Tasks - s.Regular;
        var share = measured == 0 ? string.Empty
            : $" Nhiệm vụ có chỉ tiêu đã đạt: {s.Met}/{measured} ({RuleWording.Percent(Math.Round(100m * s.Met / measured, 1))}).";
        return string.Join("; ", parts) + "." + share + $" Số tin, bài, văn bản được tính: {s.ItemsCounted}.";
    }

    /// <summary>"Kỳ báo cáo: 6 tháng đầu năm 2024 (từ ngày 01/01/2024 đến ngày 30/06/2024)".</summary>
    public static string PeriodLine(PlanReport r)
        => $"Kỳ báo cáo: {r.PeriodLabel} (từ ngày {ParPortal.Time.VietnameseDate.Short(r.PeriodStart)} đến ngày {ParPortal.Time.VietnameseDate.Short(r.PeriodEnd)}); số liệu tính đến ngày {ParPortal.Time.VietnameseDate.Short(r.AsOf)}.";
}
