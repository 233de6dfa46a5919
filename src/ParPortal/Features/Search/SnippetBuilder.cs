using System.Text;
using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// Builds highlighted snippets from the ORIGINAL text in our code, so both engines highlight the same way
/// and a folded query ("dat dai") still marks the accented words ("đất đai"). Output is safe HTML: every
/// character is encoded and only our own &lt;mark&gt; elements are added.
/// </summary>
internal static class SnippetBuilder
{
    private const int WindowWords = 28;

    /// <summary>The whole text, encoded, with matching words marked.</summary>
    public static string Highlight(string text, HighlightTerms terms)
    {
        var nfc = VietnameseText.Nfc(text);
        var spans = VietnameseText.WordSpans(nfc).ToList();
        return Render(nfc, spans, terms.Marks(nfc, spans), 0, nfc.Length, false, false);
    }

    /// <summary>A window of about 28 words around the densest matches of the first text that has any.</summary>
    public static string Snippet(HighlightTerms terms, params string?[] texts)
    {
        string? fallback = null;
        foreach (var raw in texts)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            var text = VietnameseText.Nfc(raw);
            fallback ??= text;
            var spans = VietnameseText.WordSpans(text).ToList();
            var hits = terms.Marks(text, spans);
            if (!hits.Contains(true))
            {
                continue;
            }
            // Slide a window over the words and keep the one with the most matches (earliest on ties).
            var best = 0;
            var bestCount = -1;
            var count = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                count += hits[i] ? 1 : 0;
                if (i >= WindowWords)
                {
                    count -= hits[i - WindowWords] ? 1 : 0;
                }
                var start = Math.Max(0, i - WindowWords + 1);
                if (count > bestCount)
                {
                    bestCount = count;
                    best = start;
                }
            }
            // Start a few words before the first match in the window for context.
            var firstHit = Array.IndexOf(hits, true, best);
            best = Math.Max(0, Math.Min(best, firstHit - 4));
            var last = Math.Min(spans.Count - 1, best + WindowWords - 1);
            var from = best == 0 ? 0 : spans[best].Start;
            var to = last == spans.Count - 1 ? text.Length : spans[last].Start + spans[last].Length;
            return Render(text, spans, hits, from, to, from > 0, to < text.Length);
        }
        if (fallback is null)
        {
            return "";
        }
        var words = VietnameseText.WordSpans(fallback).ToList();
        var end = words.Count > WindowWords ? words[WindowWords - 1].Start + words[WindowWords - 1].Length : fallback.Length;
        return Render(fallback, words, new bool[words.Count], 0, end, false, end < fallback.Length);
    }

    /// <summary>The text from <paramref name="from"/> to <paramref name="to"/> (word boundaries or the ends), encoded, with the marked words in &lt;mark&gt;.</summary>
    private static string Render(string text, List<(int Start, int Length)> spans, bool[] marks, int from, int to, bool ellipsisBefore, bool ellipsisAfter)
    {
        var sb = new StringBuilder();
        if (ellipsisBefore)
        {
            sb.Append('…');
        }
        var position = from;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            if (start + length > to)
            {
                break;
            }
            if (!marks[i] || start < from)
            {
                continue;
            }
            Encode(sb, text, position, start);
            sb.Append("<mark>");
            Encode(sb, text, start, start + length);
            sb.Append("</mark>");
            position = start + length;
        }
        Encode(sb, text, position, to);
        if (ellipsisAfter)
        {
            sb.Append('…');
        }
        return sb.ToString();
    }

    /// <summary>HTML-encodes a range, leaving Vietnamese letters as characters and dropping control characters.</summary>
    private static void Encode(StringBuilder sb, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\n' or '\r' or '\t': sb.Append(' '); break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
    }
}
