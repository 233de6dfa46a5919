using ParPortal.Features.Office;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// One administrative procedure as it travels through import and export, free of any database type. Every string
/// is trimmed NFC and never null (empty when absent). Equality compares the typed fields only: <see cref="RawRow"/>
/// records where the values came from, not what they are.
/// </summary>
public sealed record ProcedureRecord
{
    /// <summary>The national code, kept as opaque text ("1.001193" or "1.001193.000.00.00.H29").</summary>
    public required string Code { get; init => field = OfficeText.Clean(value); }

    public required string Name { get; init => field = OfficeText.Clean(value); }

    /// <summary>Lĩnh vực.</summary>
    public required string Field { get; init => field = OfficeText.Clean(value); }

    public required ProcedureLevel Level { get; init; }

    public string ImplementingAgency { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string DecidingAgency { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string Subjects { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string ProcessingTime { get; init => field = OfficeText.Clean(value); } = string.Empty;

    /// <summary>Phí, as published ("Không", "50.000 đồng").</summary>
    public string Fee { get; init => field = OfficeText.Clean(value); } = string.Empty;

    /// <summary>Lệ phí, as published.</summary>
    public string Charge { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public OnlineServiceLevel OnlineLevel { get; init; }

    /// <summary>The legacy "Mức độ 1–4" text when the source used it; empty otherwise.</summary>
    public string LegacyLevel { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string LegalBases { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public ProcedureStatus Status { get; init; }

    public string Steps { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string Dossier { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string Requirements { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string Results { get; init => field = OfficeText.Clean(value); } = string.Empty;

    public string PortalUrl { get; init => field = OfficeText.Clean(value); } = string.Empty;

    /// <summary>
    /// The submission channels as stored, for a record read from the database (empty for a spreadsheet row); the
    /// three channel columns above are their sheet text (see <see cref="ProcedureChannelCells"/>).
    /// </summary>
    public IReadOnlyList<ProcedureChannel> Channels { get; init; } = [];

    /// <summary>The original row: header text → cell text, exactly as read (kept beside the typed fields).</summary>
    public IReadOnlyDictionary<string, string> RawRow { get; init; } = EmptyRow;

    private static readonly IReadOnlyDictionary<string, string> EmptyRow = new Dictionary<string, string>();

    public bool Equals(ProcedureRecord? other)
        => other is not null
           && ProcedureFields.All.All(f => string.Equals(f.Get(this), f.Get(other), StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(Code, Name, Field, Level, Status);
}
