using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParPortal.Features.Office;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// Reads a procedure list from an .xlsx upload. The file is size- and zip-checked before OpenXml sees it; problems
/// come back as <see cref="ImportError"/>s with Vietnamese messages, never as exceptions.
/// </summary>
public sealed class ProcedureSpreadsheetReader(OfficePackageLimits? limits = null)
{
    /// <summary>How far down a sheet to look for the header row (agencies put titles and notes above it).</summary>
    private const int HeaderSearchRows = 30;

    private readonly OfficePackageLimits limits = limits ?? new OfficePackageLimits();

    /// <summary>Reads at most the size limit from <paramref name="xlsx"/> and parses it.</summary>
    public async Task<ProcedureReadResult> ReadAsync(Stream xlsx, CancellationToken cancellationToken = default)
    {
        var bytes = await OfficePackageGuard.ReadCappedAsync(xlsx, limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null
            ? ProcedureReadResult.Failed(new ImportError(ImportErrorKind.TooLarge, OfficePackageGuard.TooLarge(limits.MaxFileBytes).Message))
            : Read(bytes);
    }

    /// <summary>Parses an .xlsx held in memory.</summary>
    public ProcedureReadResult Read(byte[] xlsx)
    {
        var check = xlsx.LongLength > limits.MaxFileBytes
            ? OfficePackageGuard.TooLarge(limits.MaxFileBytes)
            : OfficePackageGuard.Check(xlsx, limits, OfficeDocumentKind.Xlsx);
        if (!check.IsOk)
        {
            var kind = check.Problem switch
            {
                OfficePackageProblem.TooLarge => ImportErrorKind.TooLarge,
                OfficePackageProblem.WrongDocumentKind => ImportErrorKind.WrongDocumentKind,
                OfficePackageProblem.UnsafeArchive => ImportErrorKind.UnsafeArchive,
                _ => ImportErrorKind.NotASpreadsheet,
            };
            return ProcedureReadResult.Failed(new ImportError(kind, check.Message));
        }

        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes };
            using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false, settings);
            return ReadWorkbook(document);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or ArgumentException)
        {
            return ProcedureReadResult.Failed(new ImportError(ImportErrorKind.NotASpreadsheet,
                "Không đọc được nội dung bảng tính: tệp bị hỏng hoặc không đúng định dạng .xlsx."));
        }
    }

    private static ProcedureReadResult ReadWorkbook(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbook is null || sheets is null || sheets.Count == 0)
        {
            return ProcedureReadResult.Failed(new ImportError(ImportErrorKind.NotASpreadsheet, "Tệp không có trang tính nào."));
        }

        var cellText = new SpreadsheetCellText(workbook);
        ImportError? firstMissing = null;
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var grid = SheetGrid.Load(part, cellText);
            var header = FindHeader(grid);
            if (header is null)
            {
                continue;
            }

            var missing = ProcedureFields.Required.Where(f => !header.Value.Columns.ContainsKey(f)).ToList();
            if (missing.Count > 0)
            {
                // Keep looking: a later sheet may be the real list. Report this one if none is.
                firstMissing ??= new ImportError(ImportErrorKind.MissingColumns,
                    $"Trang tính “{sheet.Name?.Value}” thiếu cột bắt buộc: {string.Join(", ", missing.Select(m => m.Header))}.",
                    header.Value.RowNumber);
                continue;
            }

            return new ProcedureReadResult([], ReadRows(grid, header.Value), sheet.Name?.Value);
        }

        return ProcedureReadResult.Failed(firstMissing ?? new ImportError(ImportErrorKind.NoProcedureSheet,
            "Không tìm thấy dòng tiêu đề danh sách thủ tục (cần các cột: "
            + string.Join(", ", ProcedureFields.Required.Select(f => f.Header)) + ")."));
    }

    private readonly record struct HeaderRow(int RowNumber, Dictionary<ProcedureField, int> Columns, string[] Texts);

    private static HeaderRow? FindHeader(SheetGrid grid)
    {
        HeaderRow? best = null;
        foreach (var (rowNumber, cells) in grid.Rows.Take(HeaderSearchRows))
        {
            var columns = new Dictionary<ProcedureField, int>();
            for (var c = 0; c < cells.Length; c++)
            {
                if (ProcedureHeaders.Match(cells[c]) is { } field)
                {
                    columns.TryAdd(field, c);
                }
            }

            if (columns.Count >= 2 && (best is null || columns.Count > best.Value.Columns.Count))
            {
                best = new HeaderRow(rowNumber, columns, cells);
            }
        }

        return best;
    }

    private static List<ProcedureRow> ReadRows(SheetGrid grid, HeaderRow header)
    {
        var headerNames = RawHeaderNames(header.Texts);
        var firstRowForCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<ProcedureRow>();
        foreach (var (rowNumber, cells) in grid.Rows)
        {
            if (rowNumber <= header.RowNumber || cells.All(string.IsNullOrEmpty) || IsColumnNumberingRow(cells))
            {
                continue;
            }

            var row = ReadRow(rowNumber, cells, header, headerNames);
            if (row.Record is { Code.Length: > 0 } record)
            {
                if (firstRowForCode.TryGetValue(record.Code, out var firstRow))
                {
                    var errors = row.Errors.Append(new ImportError(ImportErrorKind.DuplicateCode,
                        $"Mã thủ tục “{record.Code}” bị lặp: đã có ở dòng {firstRow}, lặp lại ở dòng {rowNumber}.",
                        rowNumber, headerNames[header.Columns[ProcedureFields.Code]])).ToList();
                    row = row with { Errors = errors };
                }
                else
                {
                    firstRowForCode[record.Code] = rowNumber;
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    private static ProcedureRow ReadRow(int rowNumber, string[] cells, HeaderRow header, string?[] headerNames)
    {
        var errors = new List<ImportError>();
        string Cell(ProcedureField field)
            => header.Columns.TryGetValue(field, out var c) && c < cells.Length ? cells[c] : string.Empty;
        string Column(ProcedureField field) => header.Columns.TryGetValue(field, out var c) ? headerNames[c] ?? field.Header : field.Header;

        var code = Cell(ProcedureFields.Code);
        if (code.Length == 0)
        {
            errors.Add(new(ImportErrorKind.EmptyValue, "Thiếu mã thủ tục.", rowNumber, Column(ProcedureFields.Code)));
        }

        var name = Cell(ProcedureFields.Name);
        if (name.Length == 0)
        {
            errors.Add(new(ImportErrorKind.EmptyValue, "Thiếu tên thủ tục.", rowNumber, Column(ProcedureFields.Name)));
        }

        var fieldText = Cell(ProcedureFields.Field);
        if (fieldText.Length == 0)
        {
            errors.Add(new(ImportErrorKind.EmptyValue, "Thiếu lĩnh vực.", rowNumber, Column(ProcedureFields.Field)));
        }

        var levelText = Cell(ProcedureFields.Level);
        var level = ProcedureValueText.ParseLevel(levelText);
        if (level is null)
        {
            errors.Add(levelText.Length == 0
                ? new(ImportErrorKind.EmptyValue, "Thiếu cấp thực hiện.", rowNumber, Column(ProcedureFields.Level))
                : new(ImportErrorKind.InvalidValue, $"Không nhận diện được cấp thực hiện “{levelText}” (cần: Cấp Bộ, Cấp Tỉnh, Cấp Xã hoặc Cấp Huyện).", rowNumber, Column(ProcedureFields.Level)));
        }

        var onlineText = Cell(ProcedureFields.OnlineLevel);
        if (!ProcedureValueText.TryParseOnlineLevel(onlineText, out var online, out var legacy))
        {
            errors.Add(new(ImportErrorKind.InvalidValue, $"Không nhận diện được mức độ dịch vụ công trực tuyến “{onlineText}” (cần: Toàn trình, Một phần, Không, hoặc Mức độ 1–4).", rowNumber, Column(ProcedureFields.OnlineLevel)));
        }

        var statusText = Cell(ProcedureFields.Status);
        var status = ProcedureValueText.ParseStatus(statusText);
        if (status is null)
        {
            errors.Add(new(ImportErrorKind.InvalidValue, $"Không nhận diện được tình trạng hiệu lực “{statusText}” (cần: Còn hiệu lực, Sửa đổi, bổ sung, Hết hiệu lực hoặc Bãi bỏ).", rowNumber, Column(ProcedureFields.Status)));
        }

        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < headerNames.Length; c++)
        {
            if (headerNames[c] is { } h)
            {
                raw[h] = c < cells.Length ? cells[c] : string.Empty;
            }
        }

        var record = new ProcedureRecord
        {
            Code = code,
            Name = name,
            Field = fieldText,
            Level = level ?? ProcedureLevel.Tinh,
            ImplementingAgency = Cell(ProcedureFields.ImplementingAgency),
            DecidingAgency = Cell(ProcedureFields.DecidingAgency),
            Subjects = Cell(ProcedureFields.Subjects),
            ProcessingTime = Cell(ProcedureFields.ProcessingTime),
            Fee = Cell(ProcedureFields.Fee),
            Charge = Cell(ProcedureFields.Charge),
            OnlineLevel = online,
            LegacyLevel = legacy,
            LegalBases = Cell(ProcedureFields.LegalBases),
            Status = status ?? ProcedureStatus.InForce,
            Steps = Cell(ProcedureFields.Steps),
            Dossier = Cell(ProcedureFields.Dossier),
            Requirements = Cell(ProcedureFields.Requirements),
            Results = Cell(ProcedureFields.Results),
            PortalUrl = Cell(ProcedureFields.PortalUrl),
            RawRow = raw,
        };
        return new ProcedureRow(rowNumber, record, errors);
    }

    /// <summary>Header texts as written, made unique so that the raw row can hold every column.</summary>
    private static string?[] RawHeaderNames(string[] texts)
    {
        var names = new string?[texts.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < texts.Length; c++)
        {
            if (texts[c].Length == 0)
            {
                continue;
            }

            var name = texts[c];
            for (var n = 2; !seen.Add(name); n++)
            {
                name = $"{texts[c]} ({n})";
            }

            names[c] = name;
        }

        return names;
    }

    /// <summary>Agencies often number the columns under the header: "(1) (2) (3)" or "1 2 3". Such a row is not data.</summary>
    private static bool IsColumnNumberingRow(string[] cells)
        => cells.Where(c => c.Length > 0).All(c => c.Trim('(', ')', ' ').All(char.IsDigit))
           && cells.Count(c => c.Length > 0) >= 3;
}
