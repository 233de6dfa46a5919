namespace ParPortal.Features.Settings;

/// <summary>The agency's own settings, editable in the admin and set by recipes. There is one row.</summary>
public sealed partial class SiteSettings
{
    public int Id { get; set; } = 1;

    public string SiteName { get; set; } = "Chuyên mục Cải cách hành chính";

    public string AgencyName { get; set; } = "Cơ quan";

    public string? AgencyAddress { get; set; }

    public string? AgencyPhone { get; set; }

    public string? AgencyEmail { get; set; }

    public string? LogoUrl { get; set; }
}
