using ParPortal.Features.Content;

namespace ParPortal.Features.Plans;

/// <summary>A yearly communication plan (Kế hoạch tuyên truyền CCHC) with its tasks and quota rules.</summary>
public sealed partial class PlanVersion : ContentVersion, IValidatedVersion
{
    public string Number { get; set; } = string.Empty;

    public int Year { get; set; }

    public string? IssuingUnitCode { get; set; }

    public string? FileUrl { get; set; }

    /// <summary>The plan's groups, tasks, rules and reporting periods, in the quota engine's JSON form.</summary>
    public string DefinitionJson { get; set; } = "{}";

    protected override void CopyCollections()
    {
    }
}
