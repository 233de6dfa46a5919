using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParPortal.Features.Office;

/// <summary>
/// Turns cells into the text a person sees: shared and inline strings (without phonetic runs), booleans, errors,
/// and numbers, with dates written dd/MM/yyyy. Built once per workbook because it caches the shared strings and
/// which styles are dates.
/// </summary>
public sealed class SpreadsheetCellText
{
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];

    private readonly string[] sharedStrings;
    private readonly bool[] styleIsDate;

    public SpreadsheetCellText(WorkbookPart workbook)
    {
        sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(ItemText).ToArray() ?? [];

        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var customFormats = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.HasValue == true)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        styleIsDate = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f =>
            {
                var id = f.NumberFormatId?.Value ?? 0;
                return BuiltInDateFormats.Contains(id) || (customFormats.TryGetValue(id, out var code) && LooksLikeDate(code));
            })
            .ToArray() ?? [];
    }

    /// <summary>The displayed text of a cell, NFC and trimmed.</summary>
    public string Read(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        string text;
        if (type == CellValues.SharedString)
        {
            text = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Length
                ? sharedStrings[index]
                : string.Empty;
        }
        else if (type == CellValues.InlineString)
        {
            text = cell.InlineString is { } inline ? ItemText(inline) : raw ?? string.Empty;
        }
        else if (type == CellValues.Boolean)
        {
            text = raw == "1" ? "TRUE" : "FALSE";
        }
        else if (type == CellValues.Date)
        {
            text = DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? FormatDate(d) : raw ?? string.Empty;
        }
        else if (type == CellValues.String || type == CellValues.Error)
        {
            text = raw ?? string.Empty;
        }
        else
        {
            text = FormatNumber(raw, cell.StyleIndex?.Value ?? 0);
        }

        return OfficeText.Clean(text);
    }

    private string FormatNumber(string? raw, uint styleIndex)
    {
        if (string.IsNullOrEmpty(raw) || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw ?? string.Empty;
        }

        if (styleIndex < styleIsDate.Length && styleIsDate[styleIndex] && number is > -657435 and < 2958466)
        {
            return FormatDate(DateTime.FromOADate(number));
        }

        // General format: Excel shows up to 15 significant digits, which "R" trimmed of float noise approximates.
        return Math.Round(number, 10).ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private static string FormatDate(DateTime date)
        => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static bool LooksLikeDate(string formatCode)
    {
        // Ignore quoted literals and [colour]/[locale] sections, then look for date or time tokens.
        var sb = new StringBuilder();
        var inQuote = false;
        var inBracket = false;
        foreach (var ch in formatCode)
        {
            if (ch == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && ch == '[')
            {
                inBracket = true;
            }
            else if (!inQuote && ch == ']')
            {
                inBracket = false;
            }
            else if (!inQuote && !inBracket)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        var bare = sb.ToString();
        return bare.IndexOfAny(['d', 'y']) >= 0 || (bare.Contains('m') && bare.Contains('h'));
    }

    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        // Phonetic runs (rPh) are reading aids, not content; only direct text and rich-text runs count.
        var sb = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
            {
                sb.Append(t.Text);
            }
            else if (child is Run run)
            {
                sb.Append(run.Text?.Text);
            }
        }

        return sb.ToString();
    }
}
