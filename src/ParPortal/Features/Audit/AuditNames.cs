namespace ParPortal.Features.Audit;

/// <summary>Vietnamese names of audit actions.</summary>
public static class AuditNames
{
    public static string Vietnamese(string action) => action switch
    {
        "create" => "Tạo",
        "save" => "Lưu",
        "submit" => "Gửi duyệt",
        "return" => "Trả lại",
        "publish" => "Xuất bản",
        "unpublish" => "Gỡ xuất bản",
        "archive" => "Lưu trữ",
        "schedule" => "Hẹn giờ",
        "restore" => "Khôi phục",
        "delete" => "Xóa",
        "link" => "Liên kết nhiệm vụ",
        "import" => "Nhập",
        _ => action,
    };
}
