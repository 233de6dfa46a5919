using Microsoft.AspNetCore.Http;
using ParPortal.Features.Content.Admin;

namespace ParPortal.Features.Hotlines;

/// <summary>The admin form's text form of a hotline's phone numbers: one number a line.</summary>
public sealed partial class HotlineInput : IFormListFields
{
    public const string PhonesField = "Input.PhonesText";

    // Each number is checked by the hotline's own rules, which name the bad number.
    public void ReadLists(IFormCollection form) => Phones = FormLists.Lines(form, PhonesField).Select(l => l.Text).ToList();

    public string PhonesText() => string.Join('\n', Phones);
}
