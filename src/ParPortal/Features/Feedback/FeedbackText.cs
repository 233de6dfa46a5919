using System.Text;

namespace ParPortal.Features.Feedback;

/// <summary>
/// Questions and answers are plain text: whatever a citizen types, tags included, is stored as typed and shown as
/// text (Razor encodes it), never as markup. This keeps the text NFC, with Windows and old Mac line ends made one,
/// without control characters, and with at most one blank line between paragraphs.
/// </summary>
public static class FeedbackText
{
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var s = text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                sb.Append(c == '\t' ? ' ' : c);
            }
        }

        var lines = sb.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        var kept = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0))
            {
                continue;
            }

            kept.Add(line);
        }

        var result = string.Join('\n', kept).Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>The paragraphs of a text, for rendering each in its own &lt;p&gt;.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A title made from a question: its first sentence or first words, at most <paramref name="max"/> characters.</summary>
    public static string TitleOf(string question, int max = 150)
    {
        var flat = string.Join(' ', question.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var end = flat.IndexOfAny(['?', '.', '!']);
        var sentence = end is > 20 && end < max ? flat[..(end + 1)] : flat;
        if (sentence.Length <= max)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', max - 1);
        return sentence[..(cut > 40 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
