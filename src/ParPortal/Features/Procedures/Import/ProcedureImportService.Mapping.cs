using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// The one mapping between a stored <see cref="ProcedureVersion"/> and the flat <see cref="ProcedureRecord"/> of a
/// spreadsheet row. Lists become lines of text and back; the sheet's processing time, fee and charge apply to the
/// submission channels as <see cref="ProcedureChannelCells"/> describes (one value for all, or labelled per channel).
/// </summary>
public sealed partial class ProcedureImportService
{
    /// <summary>The row a version exports to (and is compared with on import).</summary>
    public static ProcedureRecord ToRecord(ProcedureVersion v)
    {
        return new ProcedureRecord
        {
            Code = v.Code,
            Name = v.Title,
            Field = v.Field,
            Level = v.Level,
            ImplementingAgency = v.ImplementingAgency ?? string.Empty,
            DecidingAgency = v.DecidingAgency ?? string.Empty,
            Subjects = v.Subjects ?? string.Empty,
            ProcessingTime = ProcedureChannelCells.Cell(v.Channels, ProcedureFields.ProcessingTime),
            Fee = ProcedureChannelCells.Cell(v.Channels, ProcedureFields.Fee),
            Charge = ProcedureChannelCells.Cell(v.Channels, ProcedureFields.Charge),
            Channels = v.Channels,
            OnlineLevel = v.OnlineLevel,
            LegacyLevel = v.LegacyLevel ?? string.Empty,
            LegalBases = Lines(v.LegalBases.Select(FormatBasis)),
            Status = v.Status,
            Steps = Lines(v.Steps),
            Dossier = Lines(v.Dossier.Select(FormatDossier)),
            Requirements = v.Requirements ?? string.Empty,
            Results = v.Results ?? string.Empty,
            PortalUrl = v.PortalUrl ?? string.Empty,
            RawRow = v.RawImport,
        };
    }

    /// <summary>
    /// Writes the fields of <paramref name="record"/> into <paramref name="v"/>: all of them when
    /// <paramref name="only"/> is null, otherwise only the named properties, so that an unchanged list keeps its
    /// structure (dossier counts, legal basis dates) instead of being flattened to text.
    /// </summary>
    public static void Apply(ProcedureRecord record, ProcedureVersion v, IReadOnlySet<string>? only = null)
    {
        bool Wants(string property) => only is null || only.Contains(property);
        if (Wants(nameof(ProcedureRecord.Code))) v.Code = record.Code;
        if (Wants(nameof(ProcedureRecord.Name))) v.Title = record.Name;
        if (Wants(nameof(ProcedureRecord.Field))) v.Field = record.Field;
        if (Wants(nameof(ProcedureRecord.Level))) v.Level = record.Level;
        if (Wants(nameof(ProcedureRecord.ImplementingAgency))) v.ImplementingAgency = NullIfEmpty(record.ImplementingAgency);
        if (Wants(nameof(ProcedureRecord.DecidingAgency))) v.DecidingAgency = NullIfEmpty(record.DecidingAgency);
        if (Wants(nameof(ProcedureRecord.Subjects))) v.Subjects = NullIfEmpty(record.Subjects);
        if (Wants(nameof(ProcedureRecord.ProcessingTime)) || Wants(nameof(ProcedureRecord.Fee)) || Wants(nameof(ProcedureRecord.Charge)))
        {
            v.Channels = ProcedureChannelCells.Resolve(v.Channels, record);
        }

        if (Wants(nameof(ProcedureRecord.OnlineLevel)))
        {
            v.OnlineLevel = record.OnlineLevel;
            v.LegacyLevel = NullIfEmpty(record.LegacyLevel);
        }

        if (Wants(nameof(ProcedureRecord.LegalBases))) v.LegalBases = SplitLines(record.LegalBases).Select(l => new LegalBasis(l, null, null, null)).ToList();
        if (Wants(nameof(ProcedureRecord.Status))) v.Status = record.Status;
        if (Wants(nameof(ProcedureRecord.Steps))) v.Steps = SplitLines(record.Steps);
        if (Wants(nameof(ProcedureRecord.Dossier))) v.Dossier = SplitLines(record.Dossier).Select(l => new DossierComponent(l, 0, 0, null)).ToList();
        if (Wants(nameof(ProcedureRecord.Requirements))) v.Requirements = NullIfEmpty(record.Requirements);
        if (Wants(nameof(ProcedureRecord.Results))) v.Results = NullIfEmpty(record.Results);
        if (Wants(nameof(ProcedureRecord.PortalUrl))) v.PortalUrl = NullIfEmpty(record.PortalUrl);
        if (record.RawRow.Count > 0)
        {
            v.RawImport = new Dictionary<string, string>(record.RawRow, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The record as it will read back after being stored: list texts reduced to their non-empty lines. Comparing
    /// canonical records keeps a re-import of the same file from showing the same "change" every time.
    /// </summary>
    public static ProcedureRecord Canonical(ProcedureRecord r) => r with
    {
        Steps = Lines(SplitLines(r.Steps)),
        Dossier = Lines(SplitLines(r.Dossier)),
        LegalBases = Lines(SplitLines(r.LegalBases)),
    };

    private const string FeeLabel = "Phí: ";
    private const string ChargeLabel = "Lệ phí: ";

    /// <summary>
    /// A channel has one fee text; the sheet has Phí and Lệ phí. A lone fee is stored as written; otherwise both are
    /// labelled ("Phí: Không; Lệ phí: 50.000 đồng"), which reads naturally on the public page and splits back exactly.
    /// </summary>
    internal static string? ComposeFee(string fee, string charge)
    {
        if (charge.Length == 0 && !fee.StartsWith(FeeLabel, StringComparison.Ordinal) && !fee.StartsWith(ChargeLabel, StringComparison.Ordinal))
        {
            return NullIfEmpty(fee);
        }

        return fee.Length == 0 ? ChargeLabel + charge : FeeLabel + fee + "; " + ChargeLabel + charge;
    }

    internal static (string Fee, string Charge) SplitFee(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (string.Empty, string.Empty);
        }

        var both = BothFees().Match(text);
        if (both.Success)
        {
            return (both.Groups[1].Value, both.Groups[2].Value);
        }

        return text.StartsWith(ChargeLabel, StringComparison.Ordinal) ? (string.Empty, text[ChargeLabel.Length..]) : (text, string.Empty);
    }

    [GeneratedRegex(@"^Phí: (.*); Lệ phí: (.*)$", RegexOptions.Singleline)]
    private static partial Regex BothFees();

    private static string FormatBasis(LegalBasis b)
    {
        if (b.Title is null && b.Date is null && b.Issuer is null)
        {
            return b.Number;
        }

        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(b.Title)) parts.Add(b.Title);
        if (!string.IsNullOrWhiteSpace(b.Number)) parts.Add("số " + b.Number);
        if (b.Date is { } d) parts.Add("ngày " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(b.Issuer)) parts.Add("của " + b.Issuer);
        return string.Join(' ', parts);
    }

    private static string FormatDossier(DossierComponent d)
    {
        if (d.Originals == 0 && d.Copies == 0 && string.IsNullOrWhiteSpace(d.FormTemplate))
        {
            return d.Name;
        }

        var counts = $"{d.Originals} bản chính, {d.Copies} bản sao";
        return string.IsNullOrWhiteSpace(d.FormTemplate) ? $"{d.Name} ({counts})" : $"{d.Name} ({counts}; mẫu: {d.FormTemplate})";
    }

    /// <summary>Non-empty trimmed lines. Only line breaks separate items: ";" often occurs inside one step.</summary>
    private static List<string> SplitLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Lines(IEnumerable<string> items) => string.Join('\n', items.Select(i => i.Trim()).Where(i => i.Length > 0));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
