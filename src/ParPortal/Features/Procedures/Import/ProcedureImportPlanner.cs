using ParPortal.Procedures;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// Compares an imported list with the procedures already stored, by code (ordinal, ignoring case, since codes are
/// opaque but sometimes typed with a lower-case "h29"). Pure: it touches no database and changes nothing.
/// </summary>
public static class ProcedureImportPlanner
{
    /// <summary>Plans an import from what the reader returned, carrying its row errors into the preview.</summary>
    public static ProcedureImportPreview Preview(ProcedureReadResult read, IReadOnlyList<ProcedureRecord> existing, bool markMissingAsAbolished)
    {
        var preview = Preview(read.Records, existing, markMissingAsAbolished);
        return preview with { Errors = [.. read.FileErrors, .. read.RowErrors, .. preview.Errors] };
    }

    /// <summary>
    /// Plans an import. New codes are created (abolished ones too, as history); matched codes are updated when a
    /// typed field differs; an incoming abolished status, or absence from the file when
    /// <paramref name="markMissingAsAbolished"/> is set, marks an existing procedure abolished. A code given twice in
    /// <paramref name="incoming"/> is an error and its later occurrences are ignored.
    /// </summary>
    public static ProcedureImportPreview Preview(IReadOnlyList<ProcedureRecord> incoming, IReadOnlyList<ProcedureRecord> existing, bool markMissingAsAbolished)
    {
        var existingByCode = new Dictionary<string, ProcedureRecord>(existing.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var record in existing)
        {
            existingByCode.TryAdd(record.Code, record);
        }

        var toCreate = new List<ProcedureRecord>();
        var toUpdate = new List<ProcedureUpdate>();
        var unchanged = new List<ProcedureRecord>();
        var toAbolish = new List<ProcedureAbolition>();
        var errors = new List<ImportError>();
        var seen = new HashSet<string>(incoming.Count, StringComparer.OrdinalIgnoreCase);

        foreach (var record in incoming)
        {
            if (!seen.Add(record.Code))
            {
                errors.Add(new ImportError(ImportErrorKind.DuplicateCode, $"Mã thủ tục “{record.Code}” xuất hiện nhiều lần; chỉ lấy lần đầu.", Column: ProcedureFields.Code.Header));
                continue;
            }

            if (!existingByCode.TryGetValue(record.Code, out var current))
            {
                toCreate.Add(record);
                continue;
            }

            var changes = Diff(current, record);
            if (record.Status == ProcedureStatus.Abolished && current.Status != ProcedureStatus.Abolished)
            {
                toAbolish.Add(new ProcedureAbolition(current, record, AbolishReason.StatusInFile, changes));
            }
            else if (changes.Count > 0)
            {
                toUpdate.Add(new ProcedureUpdate(current, record, changes));
            }
            else
            {
                unchanged.Add(current);
            }
        }

        if (markMissingAsAbolished)
        {
            foreach (var record in existing)
            {
                if (!seen.Contains(record.Code) && record.Status != ProcedureStatus.Abolished)
                {
                    var change = new FieldChange(ProcedureFields.Status.Property, ProcedureFields.Status.Header,
                        ProcedureValueText.Status(record.Status), ProcedureValueText.Status(ProcedureStatus.Abolished));
                    toAbolish.Add(new ProcedureAbolition(record, null, AbolishReason.MissingFromFile, [change]));
                }
            }
        }

        return new ProcedureImportPreview(toCreate, toUpdate, unchanged, toAbolish, errors);
    }

    /// <summary>
    /// The typed fields that differ, as display text; processing time, fee and charge once per submission channel
    /// whose value changes (a value for all channels reaches every channel: see <see cref="ProcedureChannelCells"/>).
    /// </summary>
    public static IReadOnlyList<FieldChange> Diff(ProcedureRecord before, ProcedureRecord after)
    {
        List<FieldChange>? changes = null;
        foreach (var field in ProcedureFields.All)
        {
            // Compared by reference: fields are records, whose == would compare names and delegates on every row.
            if (ReferenceEquals(field, ProcedureFields.ProcessingTime))
            {
                foreach (var change in ProcedureChannelCells.Diff(before, after))
                {
                    (changes ??= []).Add(change);
                }

                continue;
            }

            if (ReferenceEquals(field, ProcedureFields.Fee) || ReferenceEquals(field, ProcedureFields.Charge))
            {
                continue;
            }

            var old = field.Get(before);
            var now = field.Get(after);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                (changes ??= []).Add(new FieldChange(field.Property, field.Header, old, now));
            }
        }

        return changes ?? (IReadOnlyList<FieldChange>)[];
    }
}
