using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Settings;
using ParPortal.Features.Users;
using ParPortal.Features.Admin;
using ParPortal.Features.Public;

namespace ParPortal.Features.Settings.Admin;

/// <summary>The agency's site settings (one row): names, contact details and logo.</summary>
[Authorize(Policy = Permissions.ManageSettings)]
public sealed partial class IndexModel(ParPortalDbContext db, ClusterEvictions cache) : PageModel
{
    public sealed class SettingsInput
    {
        public string SiteName { get; set; } = string.Empty;

        public string AgencyName { get; set; } = string.Empty;

        public string? AgencyAddress { get; set; }

        public string? AgencyPhone { get; set; }

        public string? AgencyEmail { get; set; }

        public string? LogoUrl { get; set; }
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new SiteSettings();
        Input = new SettingsInput
        {
            SiteName = s.SiteName,
            AgencyName = s.AgencyName,
            AgencyAddress = s.AgencyAddress,
            AgencyPhone = s.AgencyPhone,
            AgencyEmail = s.AgencyEmail,
            LogoUrl = s.LogoUrl,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("siteName", Input.SiteName, "Tên trang");
        errors.MaxLength("siteName", Input.SiteName, 300, "Tên trang");
        errors.Required("agencyName", Input.AgencyName, "Tên cơ quan");
        errors.MaxLength("agencyName", Input.AgencyName, 300, "Tên cơ quan");
        errors.MaxLength("agencyAddress", Input.AgencyAddress, 500, "Địa chỉ");
        if (!string.IsNullOrWhiteSpace(Input.AgencyPhone) && !PhonePattern().IsMatch(Input.AgencyPhone.Trim()))
        {
            errors.Add("agencyPhone", "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang và dấu + ở đầu.");
        }

        if (!string.IsNullOrWhiteSpace(Input.AgencyEmail) && !EmailPattern().IsMatch(Input.AgencyEmail.Trim()))
        {
            errors.Add("agencyEmail", "Địa chỉ thư điện tử không hợp lệ.");
        }

        ContentUrls.Check(errors, "logoUrl", Input.LogoUrl);
        try
        {
            errors.ThrowIfAny();
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
            return Page();
        }

        var s = await db.SiteSettings.FirstOrDefaultAsync(ct);
        if (s is null)
        {
            s = new SiteSettings();
            db.SiteSettings.Add(s);
        }

        s.SiteName = Input.SiteName.Trim().Normalize();
        s.AgencyName = Input.AgencyName.Trim().Normalize();
        s.AgencyAddress = Blank(Input.AgencyAddress);
        s.AgencyPhone = Blank(Input.AgencyPhone);
        s.AgencyEmail = Blank(Input.AgencyEmail);
        s.LogoUrl = Blank(Input.LogoUrl);
        await db.SaveChangesAsync(ct);
        // Every public page shows the site's name and contacts.
        await cache.EvictEverywhereAsync(ct);
        TempData["Notice"] = "Đã lưu cấu hình.";
        return Redirect("/admin/settings");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{5,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
