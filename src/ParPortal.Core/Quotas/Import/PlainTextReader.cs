using System.Text;
using System.Text.RegularExpressions;

namespace ParPortal.Quotas.Import;

/// <summary>
/// Reads a plan saved as plain text (what "Save as .txt" or a copy from a PDF gives): one paragraph per line, table rows
/// as lines of tab-separated cells. Two repairs are made, both for text copied out of paginated documents: a line that
/// begins in lower case continues the paragraph before it (a page break cut the sentence), and Markdown marks some
/// converters leave (<c>**</c>, <c>#</c>, <c>[text](#)</c>) are removed.
/// </summary>
public static partial class PlainTextReader
{
    /// <summary>The largest text accepted, in characters: a long plan is about 100,000 (the seeds are 12,000–21,000).</summary>
    public const int MaxChars = 2_000_000;

    public static SourceDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<SourceBlock>();
        List<IReadOnlyList<string>>? table = null;
        var paragraph = new StringBuilder();

        void EndParagraph()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new SourceParagraph(paragraph.ToString()));
                paragraph.Clear();
            }
        }

        foreach (var raw in text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            if (raw.Contains('\t'))
            {
                EndParagraph();
                table ??= [];
                table.Add(raw.Split('\t').Select(Clean).ToList());
                continue;
            }

            var line = Clean(raw);
            if (line.Length == 0)
            {
                // A blank line ends a paragraph but not a table: tables in copied text are often split by page breaks.
                EndParagraph();
                continue;
            }

            if (table is not null)
            {
                blocks.Add(new SourceTable(table));
                table = null;
            }

            if (paragraph.Length == 0 && blocks.Count > 0 && blocks[^1] is SourceParagraph previous && ContinuesPrevious(previous.Text, line))
            {
                blocks[^1] = new SourceParagraph(previous.Text + " " + line);
                continue;
            }

            if (paragraph.Length > 0)
            {
                EndParagraph();
            }

            paragraph.Append(line);
        }

        EndParagraph();
        if (table is not null)
        {
            blocks.Add(new SourceTable(table));
        }

        return new SourceDocument(blocks);
    }

    /// <summary>A line in lower case after a paragraph that did not end a sentence continues that paragraph.</summary>
    private static bool ContinuesPrevious(string previous, string line) =>
        char.IsLower(line[0]) && previous.Length > 0 && !".:;!?".Contains(previous[^1]);

    /// <summary>Trims, drops Markdown marks and HTML tags, collapses spaces.</summary>
    public static string Clean(string text)
    {
        var s = MarkdownLink().Replace(text, "$1");
        s = Tags().Replace(s, " ");
        s = s.Replace("**", string.Empty).Replace("\\*", "*");
        s = HeadingMarks().Replace(s, string.Empty);
        s = LoneStars().Replace(s, string.Empty);
        return Spaces().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<[^>]{1,200}>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^\s*#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"(?<=^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:)])")]
    private static partial Regex LoneStars();

    [GeneratedRegex(@"[ \u00A0]+")]
    private static partial Regex Spaces();
}
