using ParPortal.Features.Content;

namespace ParPortal.Features.Hotlines;

public sealed partial class HotlineInput : ContentInput
{
    public string Purpose { get; set; } = string.Empty;

    public string? ContactName { get; set; }

    public string? ContactTitle { get; set; }

    public List<string> Phones { get; set; } = [];

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? WorkingHours { get; set; }

    public int DisplayOrder { get; set; }

    public override ContentVersion NewVersion() => new HotlineVersion();

    public override void ApplyTo(ContentVersion version, ContentInputContext context)
    {
        var v = (HotlineVersion)version;
        v.Purpose = ContentInputMapper.Nfc(Purpose) ?? string.Empty;
        v.ContactName = ContentInputMapper.Nfc(ContactName);
        v.ContactTitle = ContentInputMapper.Nfc(ContactTitle);
        v.Phones = Phones.Where(p => p is not null).Select(p => ContentInputMapper.Nfc(p)!).Where(p => p.Length > 0).ToList();
        v.Email = ContentInputMapper.Nfc(Email);
        v.Address = ContentInputMapper.Nfc(Address);
        v.WorkingHours = ContentInputMapper.Nfc(WorkingHours);
        v.DisplayOrder = DisplayOrder;
    }

    public override void ReadFrom(ContentVersion version)
    {
        var v = (HotlineVersion)version;
        (Purpose, ContactName, ContactTitle, Email, Address, WorkingHours, DisplayOrder) =
            (v.Purpose, v.ContactName, v.ContactTitle, v.Email, v.Address, v.WorkingHours, v.DisplayOrder);
        Phones = [.. v.Phones];
    }
}
