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
    public static string Highlight(string text, IReadOnlySet<string> foldedTerms) =>
        Render(VietnameseText.Nfc(text), foldedTerms, 0, int.MaxValue, false, false);

    /// <summary>A window of about 28 words around the densest matches of the first text that has any.</summary>
    public static string Snippet(IReadOnlySet<string> foldedTerms, params string?[] texts)
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
            var hits = spans.Select(s => foldedTerms.Contains(WordKeys.Get(text.Substring(s.Start, s.Length)).Folded)).ToList();
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
            var firstHit = hits.IndexOf(true, best);
            best = Math.Max(0, Math.Min(best, firstHit - 4));
            var last = Math.Min(spans.Count - 1, best + WindowWords - 1);
            var from = best == 0 ? 0 : spans[best].Start;
            var to = last == spans.Count - 1 ? text.Length : spans[last].Start + spans[last].Length;
            return Render(text, foldedTerms, from, to, from > 0, to < text.Length);
        }
        if (fallback is null)
        {
            return "";
        }
        var words = VietnameseText.WordSpans(fallback).ToList();
        var end = words.Count > WindowWords ? words[WindowWords - 1].Start + words[WindowWords - 1].Length : fallback.Length;
        return Render(fallback, foldedTerms, 0, end, false, end < fallback.Length);
    }

    private static string Render(string text, IReadOnlySet<string> foldedTerms, int from, int to, bool ellipsisBefore, bool ellipsisAfter)
    {
        to = Math.Min(to, text.Length);
        var sb = new StringBuilder();
        if (ellipsisBefore)
        {
            sb.Append('…');
        }
        var position = from;
        foreach (var (start, length) in VietnameseText.WordSpans(text[..to]))
        {
            if (start < from)
            {
                continue;
            }
            var word = text.Substring(start, length);
            if (!foldedTerms.Contains(WordKeys.Get(word).Folded))
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
