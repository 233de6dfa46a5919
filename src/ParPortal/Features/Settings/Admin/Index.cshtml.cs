using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Settings;
using ParPortal.Features.Users;
using ParPortal.Features.Admin;
using ParPortal.Features.Public;

namespace ParPortal.Features.Settings.Admin;

/// <summary>The agency's site settings (one row): names, contact details and logo.</summary>
[Authorize(Policy = Permissions.ManageSettings)]
public sealed class IndexModel(ParPortalDbContext db, ClusterEvictions cache) : PageModel
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
        var candidate = new SiteSettings
        {
            SiteName = (Input.SiteName ?? string.Empty).Trim().Normalize(),
            AgencyName = (Input.AgencyName ?? string.Empty).Trim().Normalize(),
            AgencyAddress = SiteSettings.Blank(Input.AgencyAddress),
            AgencyPhone = SiteSettings.Blank(Input.AgencyPhone),
            AgencyEmail = SiteSettings.Blank(Input.AgencyEmail),
            LogoUrl = SiteSettings.Blank(Input.LogoUrl),
        };
        var errors = new FieldErrors();
        candidate.Validate(errors);
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

        (s.SiteName, s.AgencyName, s.AgencyAddress, s.AgencyPhone, s.AgencyEmail, s.LogoUrl) =
            (candidate.SiteName, candidate.AgencyName, candidate.AgencyAddress, candidate.AgencyPhone, candidate.AgencyEmail, candidate.LogoUrl);
        await db.SaveChangesAsync(ct);
        // Every public page shows the site's name and contacts.
        await cache.EvictEverywhereAsync(ct);
        TempData["Notice"] = "Đã lưu cấu hình.";
        return Redirect("/admin/settings");
    }
}
