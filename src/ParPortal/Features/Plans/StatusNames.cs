using ParPortal.Quotas.Progress;

namespace ParPortal.Features.Plans;

/// <summary>Vietnamese status labels and the CSS class that colours them; the text is always shown, colour only helps.</summary>
public static class StatusNames
{
    public static string Vietnamese(QuotaStatus status) => status switch
    {
        QuotaStatus.Met => "Đạt",
        QuotaStatus.OnTrack => "Đúng tiến độ",
        QuotaStatus.Behind => "Chậm",
        QuotaStatus.Overdue => "Quá hạn",
        QuotaStatus.Missed => "Không đạt",
        QuotaStatus.NotStarted => "Chưa bắt đầu",
        QuotaStatus.Regular => "Thường xuyên",
        QuotaStatus.NotApplicable => "Không áp dụng trong kỳ",
        _ => status.ToString(),
    };

    public static string CssClass(QuotaStatus status) => "status status-" + status.ToString().ToLowerInvariant();

    /// <summary>Why an item counts, as the dashboard says it.</summary>
    public static string Vietnamese(CountReason reason) => reason switch
    {
        CountReason.Filter => "khớp điều kiện",
        CountReason.Link => "biên tập viên liên kết",
        _ => "khớp điều kiện, biên tập viên liên kết",
    };

    public static string KindVietnamese(string kind) => kind switch
    {
        "count" => "Số lượng",
        "perUnit" => "Mỗi đơn vị",
        "deliverable" => "Sản phẩm theo hạn",
        "coverage" => "Tỷ lệ công khai TTHC",
        "regular" => "Thường xuyên",
        _ => kind,
    };
}
