using ParPortal.Features.Office;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// Exports procedures to .xlsx in the header layout that <see cref="ProcedureSpreadsheetReader"/> reads back, so that
/// an editor can export, correct in Excel and re-import.
/// </summary>
public static class ProcedureSpreadsheetWriter
{
    /// <summary>Writes one header row (bold, frozen) and one row per record, in <see cref="ProcedureFields.All"/> order.</summary>
    public static void Write(Stream output, IEnumerable<ProcedureRecord> records)
    {
        var fields = ProcedureFields.All;
        var table = new XlsxTable
        {
            SheetName = "Thủ tục hành chính",
            FrozenRows = 1,
            ColumnWidths = fields.Select(Width).ToList(),
        };
        table.Rows.Add(fields.Select(f => new XlsxCell(f.Header, XlsxStyle.Header)).ToList());
        foreach (var record in records)
        {
            table.Rows.Add(fields.Select(f => new XlsxCell(f.Get(record), XlsxStyle.Wrapped)).ToList());
        }

        XlsxTableWriter.Write(output, table);
    }

    /// <summary>Column widths in characters: narrow for codes and enums, wide for names and long texts.</summary>
    private static double Width(ProcedureField field) => field.Property switch
    {
        nameof(ProcedureRecord.Code) => 26,
        nameof(ProcedureRecord.Name) => 60,
        nameof(ProcedureRecord.Level) or nameof(ProcedureRecord.Fee) or nameof(ProcedureRecord.Charge) => 16,
        nameof(ProcedureRecord.OnlineLevel) or nameof(ProcedureRecord.Status) => 18,
        nameof(ProcedureRecord.Steps) or nameof(ProcedureRecord.Dossier) or nameof(ProcedureRecord.Requirements)
            or nameof(ProcedureRecord.LegalBases) => 50,
        _ => 30,
    };
}
