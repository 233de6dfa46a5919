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
            return null;
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

    /// <summary>Whether a span is Word's list-number marker (<c>style="mso-list:Ignore"</c>).</summary>
    public static bool IsListMarker(IElement span) =>
        span.GetAttribute("style") is { } style && MsoList().Match(style) is { Success: true } m &&
        m.Groups["value"].Value.StartsWith("ignore", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the list marker inside a list paragraph is a number or letter rather than a bullet.</summary>
    public static bool IsOrderedList(IElement paragraph)
    {
        string? marker = null;
        DomScan.Descendants(paragraph, 64, n =>
        {
            if (n is IElement { LocalName: "span" } span && IsListMarker(span))
            {
                marker = DomScan.TextOf(span, 32);
                return false;
            }
            return true;
        });
        return marker is not null && OrderedMarker().IsMatch(marker.Trim(' ', '\u00a0', '\t', '\r', '\n'));
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
}
