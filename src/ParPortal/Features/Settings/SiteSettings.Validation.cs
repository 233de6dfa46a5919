using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Settings;

/// <summary>The settings' field rules, the same for the admin form and for a recipe's settings step.</summary>
public sealed partial class SiteSettings
{
    public void Validate(FieldErrors errors)
    {
        errors.Required("siteName", SiteName, "Tên trang");
        errors.MaxLength("siteName", SiteName, 300, "Tên trang");
        errors.Required("agencyName", AgencyName, "Tên cơ quan");
        errors.MaxLength("agencyName", AgencyName, 300, "Tên cơ quan");
        errors.MaxLength("agencyAddress", AgencyAddress, 500, "Địa chỉ");
        if (!string.IsNullOrWhiteSpace(AgencyPhone) && !ContactText.IsPhone(AgencyPhone.Trim()))
        {
            errors.Add("agencyPhone", "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang và dấu + ở đầu.");
        }

        if (!string.IsNullOrWhiteSpace(AgencyEmail) && !ContactText.IsEmail(AgencyEmail.Trim()))
        {
            errors.Add("agencyEmail", "Địa chỉ thư điện tử không hợp lệ.");
        }

        errors.MaxLength("logoUrl", LogoUrl, 2000, "Đường dẫn logo");
        ContentUrls.Check(errors, "logoUrl", LogoUrl);
    }

    /// <summary>The stored form of an optional field: trimmed, NFC, null when blank.</summary>
    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();
}
