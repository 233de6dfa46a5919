namespace ParPortal.Features.Plans;

/// <summary>
/// A plan report as neutral data, in the shape of the plan's appendix table (Nội dung / Nhiệm vụ / Kết quả và minh
/// chứng / Cơ quan chủ trì / Thời gian / Tình trạng). Built by <see cref="PlanReportBuilder"/>; the .docx and .xlsx
/// writers only lay these rows out, so both files always say the same thing.
/// </summary>
public sealed record ReportDocument(
    string PlanNumber,
    string PlanTitle,
    int Year,
    string PeriodLabel,
    string AsOfText,
    IReadOnlyList<ReportGroup> Groups,
    ReportSummary Summary);

/// <summary>A "Nội dung" group of the appendix with its tasks, in plan order. Tasks without a group share one with an empty code.</summary>
public sealed record ReportGroup(string Code, string Title, IReadOnlyList<ReportRow> Rows);

/// <summary>One task row.</summary>
public sealed record ReportRow(
    string TaskCode,
    string TaskContent,
    IReadOnlyList<string> Results,
    IReadOnlyList<ReportEvidence> Evidence,
    string LeadUnit,
    string Timing,
    string StatusText);

/// <summary>A piece of evidence: its title, Vietnamese date ("ngày 15 tháng 3 năm 2024"), unit name and admin link.</summary>
public sealed record ReportEvidence(string Title, string DateText, string Unit, string Url);

/// <summary>How many tasks are in each status (Vietnamese label, in a fixed order) and how many distinct items were counted.</summary>
public sealed record ReportSummary(IReadOnlyList<ReportStatusCount> StatusCounts, int TaskCount, int ItemsCounted);

/// <summary>A status label and the number of tasks in it.</summary>
public sealed record ReportStatusCount(string StatusText, int Count);
