using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ParPortal.Features.RichText;

/// <summary>Recognises the list markup that Word puts on the clipboard.</summary>
internal static partial class WordMarkup
{
    /// <summary>The list level of a Word list paragraph, or null when the element is not one.</summary>
    public static int? ListLevel(IElement element)
    {
        var style = element.GetAttribute("style");
        if (style is null)
        {
            // Some paths keep Word's class but drop its styles: the paragraph is still a list item, level unknown.
            return element.GetAttribute("class") is { } cls && cls.Contains("MsoListParagraph", StringComparison.Ordinal) ? 1 : null;
        }
        var match = MsoList().Match(style);
        if (!match.Success || match.Groups["value"].Value.StartsWith("ignore", StringComparison.OrdinalIgnoreCase) ||
            match.Groups["value"].Value.StartsWith("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var level = Level().Match(match.Groups["value"].Value);
        return level.Success ? Math.Clamp(int.Parse(level.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 6) : 1;
    }

    /// <summary>
    /// Text at the start of a Word list item without the bullet or number Word typed as text when its marker span
    /// lost the <c>mso-list:Ignore</c> style ("·", "o", "§", "1.", "a)" followed by padding). The list's own markup
    /// numbers the item, so the typed marker would show twice. <paramref name="reachedText"/> is true once the item's
    /// own text has begun.
    /// </summary>
    /// <param name="markerAllowed">False once the marker was taken from an earlier text: only padding is left to skip.</param>
    public static string WithoutLeadingMarker(string text, bool markerAllowed, out bool reachedText)
    {
        var start = 0;
        while (start < text.Length && IsPadding(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            reachedText = false;
            return string.Empty;
        }

        var match = markerAllowed ? LeadingMarker().Match(text, start) : Match.Empty;
        if (match.Success && match.Index == start)
        {
            var rest = match.Index + match.Length;
            while (rest < text.Length && IsPadding(text[rest]))
            {
                rest++;
            }

            reachedText = rest < text.Length;
            return text[rest..];
        }

        reachedText = true;
        return text[start..];
    }

    private static bool IsPadding(char c) => c is ' ' or '\u00a0' or '\t' or '\r' or '\n';

    /// <summary>Whether a span is Word's list-number marker (<c>style="mso-list:Ignore"</c>).</summary>
    public static bool IsListMarker(IElement span) =>
        span.GetAttribute("style") is { } style && MsoList().Match(style) is { Success: true } m &&
        m.Groups["value"].Value.StartsWith("ignore", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the list marker of a list paragraph is a number or letter rather than a bullet: the marker span's text,
    /// or, when the paragraph has none, the first word of its text.
    /// </summary>
    public static bool IsOrderedList(IElement paragraph)
    {
        var marker = IgnoredMarkerText(paragraph);
        if (marker is null)
        {
            var text = DomScan.TextOf(paragraph, 64) ?? string.Empty;
            marker = text.Split((char[])[' ', '\u00a0', '\t', '\r', '\n'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        }
        return marker is not null && OrderedMarker().IsMatch(marker.Trim(' ', '\u00a0', '\t', '\r', '\n'));
    }

    /// <summary>Whether the paragraph carries Word's marker span (<c>mso-list:Ignore</c>), which the sanitizer drops whole.</summary>
    public static bool HasIgnoredMarker(IElement paragraph) => IgnoredMarkerText(paragraph) is not null;

    private static string? IgnoredMarkerText(IElement paragraph)
    {
        string? marker = null;
        DomScan.Descendants(paragraph, 64, n =>
        {
            if (n is IElement { LocalName: "span" } span && IsListMarker(span))
            {
                marker = DomScan.TextOf(span, 32) ?? string.Empty;
                return false;
            }
            return true;
        });
        return marker;
    }

    /// <summary>Whether the next element sibling (skipping whitespace and comments) is another Word list paragraph.</summary>
    public static bool NextSiblingIsListParagraph(INodeList siblings, int index)
    {
        // By index: AngleSharp's NextSibling searches the child list, which is slow for long bodies (see DomWalk).
        for (var i = index + 1; i < siblings.Length; i++)
        {
            switch (siblings[i])
            {
                case IComment:
                    continue;
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    continue;
                case IElement { LocalName: "p" } p:
                    return ListLevel(p) is not null;
                default:
                    return false;
            }
        }
        return false;
    }

    [GeneratedRegex(@"mso-list\s*:\s*(?<value>[^;""]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MsoList();

    [GeneratedRegex(@"level\s*(\d{1,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Level();

    [GeneratedRegex(@"^\(?([0-9]{1,4}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,8})[.)]$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedMarker();

    // A marker is a bullet symbol, or a number or letter with its dot or bracket, and then padding or the end of the
    // text (Word puts the padding in a span of its own): a word that merely starts the item ("o" in Vietnamese) is
    // never followed by a dot or bracket and by padding.
    [GeneratedRegex(@"\G([·•▪◦§○■□➢✓\-–*o]|\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)])(?=[ \u00a0\t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarker();
}
