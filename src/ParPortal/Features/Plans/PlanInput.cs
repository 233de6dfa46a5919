using System.Text.Json;
using ParPortal.Features.Content;

namespace ParPortal.Features.Plans;

public sealed partial class PlanInput : ContentInput
{
    public string Number { get; set; } = string.Empty;

    public int Year { get; set; }

    public string? IssuingUnit { get; set; }

    public string? FileUrl { get; set; }

    /// <summary>The plan's groups, tasks, rules and periods (the quota engine's model).</summary>
    public JsonElement? Definition { get; set; }

    public override ContentVersion NewVersion() => new PlanVersion();

    public override void ApplyTo(ContentVersion version, ContentInputContext context)
    {
        var v = (PlanVersion)version;
        v.Number = ContentInputMapper.Nfc(Number) ?? string.Empty;
        v.Year = Year;
        v.IssuingUnitCode = IssuingUnit;
        v.FileUrl = FileUrl;
        v.DefinitionJson = Definition?.GetRawText() ?? "{}";
    }

    public override void ReadFrom(ContentVersion version)
    {
        var v = (PlanVersion)version;
        (Number, Year, IssuingUnit, FileUrl) = (v.Number, v.Year, v.IssuingUnitCode, v.FileUrl);
        using var doc = JsonDocument.Parse(v.DefinitionJson);
        Definition = doc.RootElement.Clone();
    }
}
