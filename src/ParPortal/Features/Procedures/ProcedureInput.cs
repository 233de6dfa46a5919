using ParPortal.Features.Content;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures;

public sealed partial class ProcedureInput : ContentInput
{
    public string Code { get; set; } = string.Empty;

    public string Field { get; set; } = string.Empty;

    public ProcedureLevel Level { get; set; }

    public string? ImplementingAgency { get; set; }

    public string? DecidingAgency { get; set; }

    public string? Subjects { get; set; }

    public List<ProcedureChannel> Channels { get; set; } = [];

    public List<string> Steps { get; set; } = [];

    public List<DossierComponent> Dossier { get; set; } = [];

    public string? Requirements { get; set; }

    public string? Results { get; set; }

    public List<LegalBasis> LegalBases { get; set; } = [];

    public OnlineServiceLevel OnlineLevel { get; set; }

    public string? LegacyLevel { get; set; }

    public string? PortalUrl { get; set; }

    public string? AnnouncingDecision { get; set; }

    public ProcedureStatus Status { get; set; }

    public string? StatusNote { get; set; }

    public override ContentVersion NewVersion() => new ProcedureVersion();

    public override void ApplyTo(ContentVersion version, ContentInputContext context)
    {
        var v = (ProcedureVersion)version;
        v.Code = ContentInputMapper.Nfc(Code) ?? string.Empty;
        v.Field = ContentInputMapper.Nfc(Field) ?? string.Empty;
        v.Level = Level;
        v.ImplementingAgency = ContentInputMapper.Nfc(ImplementingAgency);
        v.DecidingAgency = ContentInputMapper.Nfc(DecidingAgency);
        v.Subjects = ContentInputMapper.Nfc(Subjects);
        v.Channels = [.. Channels];
        v.Steps = Steps.Select(ContentInputMapper.Nfc).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList();
        v.Dossier = [.. Dossier];
        v.Requirements = ContentInputMapper.Nfc(Requirements);
        v.Results = ContentInputMapper.Nfc(Results);
        v.LegalBases = [.. LegalBases];
        v.OnlineLevel = OnlineLevel;
        v.LegacyLevel = ContentInputMapper.Nfc(LegacyLevel);
        v.PortalUrl = ContentInputMapper.Nfc(PortalUrl);
        v.AnnouncingDecision = ContentInputMapper.Nfc(AnnouncingDecision);
        v.Status = Status;
        v.StatusNote = ContentInputMapper.Nfc(StatusNote);
    }

    public override void ReadFrom(ContentVersion version)
    {
        var v = (ProcedureVersion)version;
        (Code, Field, Level, ImplementingAgency, DecidingAgency, Subjects) = (v.Code, v.Field, v.Level, v.ImplementingAgency, v.DecidingAgency, v.Subjects);
        (Requirements, Results, OnlineLevel, LegacyLevel, PortalUrl, AnnouncingDecision, Status, StatusNote) =
            (v.Requirements, v.Results, v.OnlineLevel, v.LegacyLevel, v.PortalUrl, v.AnnouncingDecision, v.Status, v.StatusNote);
        Channels = [.. v.Channels];
        Steps = [.. v.Steps];
        Dossier = [.. v.Dossier];
        LegalBases = [.. v.LegalBases];
    }
}
