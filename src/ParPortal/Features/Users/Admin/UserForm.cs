using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Units;

namespace ParPortal.Features.Users.Admin;

/// <summary>The fields an administrator sets on an account (the password only when creating).</summary>
public sealed class UserInput
{
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [StringLength(64, ErrorMessage = "Tên đăng nhập dài tối đa 64 ký tự.")]
    public string UserName { get; set; } = string.Empty;

    [StringLength(200, ErrorMessage = "Tên hiển thị dài tối đa 200 ký tự.")]
    public string? DisplayName { get; set; }

    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    public string? Email { get; set; }

    public int? UnitId { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Password { get; set; }
}

/// <summary>Lists shared by the user pages.</summary>
public static class UserForm
{
    public static async Task<List<Unit>> UnitsAsync(ParPortalDbContext db, CancellationToken ct) =>
        (await db.Units.AsNoTracking().ToListAsync(ct)).CurrentFirst();

    /// <summary>"vai trò: Biên tập viên, Văn phòng; đơn vị: XD-VP", the audit log's line for an account's access.</summary>
    public static async Task<string> DescribeAsync(ParPortalDbContext db, IEnumerable<string> roles, int? unitId, CancellationToken ct)
    {
        var unit = unitId is { } id ? await db.Units.Where(u => u.Id == id).Select(u => u.Code).SingleOrDefaultAsync(ct) : null;
        return $"vai trò: {string.Join(", ", roles.Select(ParPortal.Features.Users.Roles.Vietnamese))}; đơn vị: {unit ?? "không"}";
    }
}
