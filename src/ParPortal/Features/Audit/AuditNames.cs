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
        AccountAudit.UserCreate => "Tạo tài khoản",
        AccountAudit.UserSave => "Sửa tài khoản",
        AccountAudit.UserLock => "Khóa tài khoản",
        AccountAudit.UserUnlock => "Mở khóa tài khoản",
        AccountAudit.UserPassword => "Đặt lại mật khẩu",
        AccountAudit.TokenCreate => "Tạo mã truy cập API",
        AccountAudit.TokenRevoke => "Thu hồi mã truy cập API",
        "search-synonyms" => "Sửa từ điển đồng nghĩa tìm kiếm",
        _ => action,
    };
}
