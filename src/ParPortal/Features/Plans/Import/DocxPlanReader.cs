using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPortal.Quotas.Import;

namespace ParPortal.Features.Plans.Import;

/// <summary>
/// Reads a .docx into the importer's <see cref="SourceDocument"/>: the body's paragraphs and tables in order. Word's
/// automatic numbering is written back in front of each paragraph as it prints ("II.", "1.1.", "-", "+"), because the
/// parser reads a plan by its numbering. Merged cells keep their grid position (a cell spanning columns is followed by
/// empty cells), so columns stay under their headers. Tracked deletions, field codes and text boxes are not read.
/// </summary>
public static class DocxPlanReader
{
    public static SourceDocument Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("no body");
        var numbering = new ListNumbering(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
        var blocks = new List<SourceBlock>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    var text = (numbering.Label(p) + Text(p)).Trim();
                    if (text.Length > 0)
                    {
                        blocks.Add(new SourceParagraph(text));
                    }

                    break;
                case Table t:
                    blocks.Add(new SourceTable(Rows(t, numbering)));
                    break;
            }
        }

        return new SourceDocument(blocks);
    }

    private static List<IReadOnlyList<string>> Rows(Table table, ListNumbering numbering)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var lines = cell.Descendants<Paragraph>().Select(p => (numbering.Label(p) + Text(p)).Trim()).Where(l => l.Length > 0);
                cells.Add(string.Join("\n", lines));
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var i = 1; i < span; i++)
                {
                    cells.Add(string.Empty);
                }
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>The visible text of a paragraph: text runs, tabs and breaks as spaces, nothing deleted or hidden in fields.</summary>
    private static string Text(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t when t.Parent is Run:
                    sb.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Word's list numbering, counted in document order as Word prints it.</summary>
    private sealed class ListNumbering(Numbering? numbering)
    {
        private readonly Dictionary<(int Num, int Level), int> _counters = [];

        public string Label(Paragraph paragraph)
        {
            var props = paragraph.ParagraphProperties?.NumberingProperties;
            if (numbering is null || props?.NumberingId?.Val?.Value is not { } numId || numId == 0)
            {
                return string.Empty;
            }

            var level = props.NumberingLevelReference?.Val?.Value ?? 0;
            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
                .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            if (definition is null)
            {
                return string.Empty;
            }

            var format = definition.NumberingFormat?.Val?.Value;
            var pattern = definition.LevelText?.Val?.Value ?? string.Empty;
            if (format == NumberFormatValues.Bullet || format is null)
            {
                return pattern.Trim() == "+" ? "+ " : "- ";
            }

            var count = _counters[(numId, level)] = _counters.GetValueOrDefault((numId, level), (definition.StartNumberingValue?.Val?.Value ?? 1) - 1) + 1;
            // A new item at this level restarts the levels below it.
            foreach (var key in _counters.Keys.Where(k => k.Num == numId && k.Level > level).ToList())
            {
                _counters.Remove(key);
            }

            var label = pattern;
            for (var l = 0; l <= level; l++)
            {
                var value = l == level ? count : _counters.GetValueOrDefault((numId, l), 1);
                label = label.Replace($"%{l + 1}", Format(value, l == level ? format : NumberFormatValues.Decimal), StringComparison.Ordinal);
            }

            return label + " ";
        }

        private static string Format(int value, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.UpperRoman)
            {
                return Roman(value);
            }

            if (format == NumberFormatValues.LowerLetter)
            {
                return ((char)('a' + (value - 1) % 26)).ToString();
            }

            if (format == NumberFormatValues.UpperLetter)
            {
                return ((char)('A' + (value - 1) % 26)).ToString();
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Roman(int value)
        {
            string[] numerals = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
            return value is > 0 and < 13 ? numerals[value] : value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
