using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Features.Users;

namespace ParPortal.Features.Users.Admin;

/// <summary>What each role may do, read from <see cref="Roles.PermissionsOf"/> (roles are defined in code, not edited here).</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class RolesModel : PageModel
{
    public static string PermissionName(string permission) => permission switch
    {
        Permissions.ViewAdmin => "Vào trang quản trị",
        Permissions.ViewAllContent => "Xem mọi nội dung",
        Permissions.EditOwnUnitContent => "Soạn nội dung của đơn vị mình",
        Permissions.EditAllContent => "Sửa mọi nội dung",
        Permissions.SubmitContent => "Gửi duyệt",
        Permissions.PublishContent => "Xuất bản, gỡ, lưu trữ, hẹn giờ",
        Permissions.DeleteContent => "Xóa nội dung",
        Permissions.ViewAuditLog => "Xem nhật ký",
        Permissions.ManageTopics => "Quản lý chủ đề",
        Permissions.ManageUnits => "Quản lý đơn vị",
        Permissions.ManageUsers => "Quản lý người dùng",
        Permissions.ManageSettings => "Cấu hình trang",
        Permissions.ManageOwnApiTokens => "Mã truy cập API của mình",
        Permissions.ViewDashboard => "Xem tiến độ kế hoạch",
        Permissions.ManagePlans => "Quản lý kế hoạch",
        Permissions.ImportProcedures => "Nhập thủ tục hành chính",
        Permissions.ManageMedia => "Quản lý tệp, ảnh",
        _ => permission,
    };

    public void OnGet()
    {
    }
}
