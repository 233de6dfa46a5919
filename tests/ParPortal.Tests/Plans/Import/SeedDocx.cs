using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPortal.Quotas.Import;

namespace ParPortal.Tests.Plans.Import;

/// <summary>
/// Makes a .docx of a seed plan from its text, as the agency's Word file would be: one paragraph per paragraph (a
/// sentence cut by a page break is whole again), "-" and "+" items as Word bullet lists (two levels), and the
/// tab-separated rows as real tables. Generated in the tests and the benchmark, so no binary is committed. The file is
/// shared with the benchmark project (linked there).
/// </summary>
public static class SeedDocx
{
    public static byte[] FromText(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddBulletList(main);
            var body = new Body();
            var paragraphs = new List<string>();
            List<string[]>? rows = null;

            void FlushTable()
            {
                if (rows is not null)
                {
                    body.Append(Table(rows));
                    rows = null;
                }
            }

            foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
            {
                if (raw.Contains('\t'))
                {
                    Flush(body, paragraphs);
                    (rows ??= []).Add(raw.Split('\t').Select(PlainTextReader.Clean).ToArray());
                    continue;
                }

                var line = PlainTextReader.Clean(raw);
                if (line.Length == 0)
                {
                    continue;
                }

                FlushTable();
                // Word keeps a paragraph whole across a page break; the text copy cut it.
                if (paragraphs.Count > 0 && char.IsLower(line[0]) && !".:;!?".Contains(paragraphs[^1][^1]))
                {
                    paragraphs[^1] += " " + line;
                }
                else
                {
                    paragraphs.Add(line);
                }
            }

            Flush(body, paragraphs);
            FlushTable();
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Flush(Body body, List<string> paragraphs)
    {
        foreach (var text in paragraphs)
        {
            body.Append(Paragraph(text));
        }

        paragraphs.Clear();
    }

    private static Paragraph Paragraph(string text)
    {
        var level = text.StartsWith("- ", StringComparison.Ordinal) ? 0 : text.StartsWith("+ ", StringComparison.Ordinal) ? 1 : -1;
        var paragraph = new Paragraph();
        if (level >= 0)
        {
            paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })));
            text = text[2..];
        }

        paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(List<string[]> rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            foreach (var cell in row)
            {
                // A cell's "- a; - b" lines are its paragraphs.
                var lines = cell.Split(" - ", StringSplitOptions.RemoveEmptyEntries);
                var tc = new TableCell();
                foreach (var line in lines.DefaultIfEmpty(string.Empty))
                {
                    tc.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
                }

                tr.Append(tc);
            }

            table.Append(tr);
        }

        return table;
    }

    private static void AddBulletList(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(
                new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "–" }) { LevelIndex = 0 },
                new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "+" }) { LevelIndex = 1 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }
}
