using ParPortal.Features.Content;

namespace ParPortal.Features.Hotlines;

/// <summary>A hotline (đường dây nóng) where citizens report on procedures, officials' conduct or reform.</summary>
public sealed partial class HotlineVersion : ContentVersion, IValidatedVersion
{
    public string Purpose { get; set; } = string.Empty;

    public string? ContactName { get; set; }

    public string? ContactTitle { get; set; }

    public List<string> Phones { get; set; } = [];

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? WorkingHours { get; set; }

    public int DisplayOrder { get; set; }

    protected override void CopyCollections() => Phones = [.. Phones];
}
