using ParPortal.Features.Content;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures;

/// <summary>An administrative procedure (TTHC) with every part NĐ 63/2010 (amended by NĐ 92/2017) requires.</summary>
public sealed partial class ProcedureVersion : ContentVersion, IValidatedVersion
{
    /// <summary>The national code, opaque: "1.001193" or the local form "1.001193.000.00.00.H29".</summary>
    public string Code { get; set; } = string.Empty;

    private string _field = string.Empty;

    /// <summary>Lĩnh vực.</summary>
    public string Field
    {
        get => _field;
        set
        {
            _field = value;
            FieldOrder = ParPortal.Text.VietnameseOrder.Key(value);
        }
    }

    /// <summary>The field's key in Vietnamese order, as <see cref="ContentVersion.TitleOrder"/> is the title's.</summary>
    public string FieldOrder { get; private set; } = string.Empty;

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

    /// <summary>"Mức độ 3", "Mức độ 4" as written in old records; kept for history.</summary>
    public string? LegacyLevel { get; set; }

    /// <summary>Link to the procedure on the national public-service portal (Cổng DVCQG).</summary>
    public string? PortalUrl { get; set; }

    /// <summary>The decision that announced the procedure ("Quyết định số 123/QĐ-UBND").</summary>
    public string? AnnouncingDecision { get; set; }

    public ProcedureStatus Status { get; set; }

    public string? StatusNote { get; set; }

    /// <summary>The row as imported from the agency's spreadsheet (header → cell text), kept beside the typed fields.</summary>
    public Dictionary<string, string> RawImport { get; set; } = [];

    protected override void CopyCollections()
    {
        Channels = [.. Channels];
        Steps = [.. Steps];
        Dossier = [.. Dossier];
        LegalBases = [.. LegalBases];
        RawImport = new Dictionary<string, string>(RawImport);
    }
}

/// <summary>How to submit: TrucTiep (in person), TrucTuyen (online), BuuChinh (public postal service).</summary>
public enum SubmissionChannel
{
    TrucTiep,
    TrucTuyen,
    BuuChinh,
}

/// <summary>One submission channel with its own processing time and fees, as published (free text).</summary>
public sealed record ProcedureChannel(SubmissionChannel Channel, string? ProcessingTime, string? Fee);

/// <summary>One dossier component: how many originals and copies, and the form template if any.</summary>
public sealed record DossierComponent(string Name, int Originals, int Copies, string? FormTemplate);

/// <summary>A legal basis of the procedure.</summary>
public sealed record LegalBasis(string Number, string? Title, DateOnly? Date, string? Issuer);
