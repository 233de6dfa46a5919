using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace ParPortal.Features.RichText;

/// <summary>The per-element attribute allow-list. Every attribute not named here (event handlers, lang, id, srcset…) is dropped.</summary>
internal static class AttributeFilter
{
    /// <summary>
    /// Writes the allowed attributes of <paramref name="element"/> (as <paramref name="target"/>) to
    /// <paramref name="sb"/>. Returns false when the element is pointless without an attribute it lacks.
    /// </summary>
    /// <param name="report">Collects what an editor would want to know was removed (code, foreign images, unsafe links).</param>
    /// <param name="anchors">Gives headings their in-page anchor ids (see <see cref="HeadingAnchors"/>).</param>
    public static bool Write(StringBuilder sb, IElement element, string target, SanitizerSettings settings, SanitizerReport? report, HeadingAnchors anchors)
    {
        var hasRequired = target is not ("a" or "img" or "span");
        var blank = false;
        foreach (var attr in element.Attributes)
        {
            var name = attr.Name;
            var value = attr.Value;
            string? clean = (target, name) switch
            {
                ("h2" or "h3" or "h4" or "h5" or "h6", "id") => anchors.IdFor(value),
                ("a", "href") when value.TrimStart().StartsWith('#') => HeadingAnchors.Fragment(value),
                (_, "style") => TextAlign(value) is { } align ? "text-align: " + align : null,
                (_, "class") => Classes(value, settings),
                ("a", "href") => UrlPolicy.CleanHref(value),
                ("a", "target") => null,
                ("img", "src") => UrlPolicy.CleanImageSource(value, settings.MediaPathPrefix),
                ("img", "alt") => value,
                ("a" or "img", "title") => value,
                ("img", "width" or "height") => CleanSimple(name, value),
                ("td" or "th", "colspan" or "rowspan") => CleanSimple(name, value),
                ("th", "scope") => SanitizerPolicy.ThScopes.Contains(value.Trim().ToLowerInvariant()) ? value.Trim().ToLowerInvariant() : null,
                ("ol", "start") => int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s is > -100000 and < 100000 ? s.ToString(CultureInfo.InvariantCulture) : null,
                ("ol", "type") => SanitizerPolicy.OlTypes.Contains(value.Trim()) ? value.Trim() : null,
                ("abbr", "title") => value,
                ("time", "datetime") => DateTimeValue(value),
                _ => null,
            };
            if (report is not null && clean is null)
            {
                Report(report, target, name, value);
            }

            if (target == "a" && name == "target")
            {
                blank = value.Trim().Equals("_blank", StringComparison.OrdinalIgnoreCase);
            }
            if (clean is null)
            {
                continue;
            }
            if ((target, name) is ("a", "href") or ("img", "src") || (target == "span" && name is "style" or "class"))
            {
                hasRequired = true;
            }
            sb.Append(' ').Append(name).Append("=\"");
            HtmlEscaper.AppendAttribute(sb, ParPortal.Text.InputText.Clean(clean)!);
            sb.Append('"');
        }
        if (target == "a" && blank && hasRequired)
        {
            // A page opened in a new tab must not get a handle on ours (reverse tabnabbing).
            sb.Append(" target=\"_blank\" rel=\"noopener noreferrer\"");
        }
        return hasRequired;
    }

    private static void Report(SanitizerReport report, string target, string name, string value)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && name.Length > 2)
        {
            report.EventAttribute(name.ToLowerInvariant());
        }
        else if ((target, name) is ("a", "href") && value.Trim().Length > 0)
        {
            report.Link(value);
        }
        else if ((target, name) is ("img", "src") && value.Trim().Length > 0)
        {
            report.Image(value);
        }
    }

    /// <summary>A machine-readable date or time of a <c>time</c> element: digits and the ISO 8601 separators only.</summary>
    private static string? DateTimeValue(string value)
    {
        var v = value.Trim();
        return v.Length is > 0 and <= 40 && v.All(c => char.IsAsciiDigit(c) || c is '-' or ':' or 'T' or 'Z' or '+' or '.' or ' ' or 'W' or 'P' or 'H' or 'M' or 'S' or 'D' or 'Y')
            ? v : null;
    }

    /// <summary>The value of a <c>text-align</c> declaration when it is the only thing worth keeping in a style.</summary>
    public static string? TextAlign(string style)
    {
        string? result = null;
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }
            var property = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Trim().ToLowerInvariant();
            if (property == "text-align" && SanitizerPolicy.TextAlignValues.Contains(value))
            {
                result = value;
            }
        }
        return result;
    }

    /// <summary>Cleans numeric and short text attributes shared by several elements.</summary>
    public static string? CleanSimple(string name, string value)
    {
        var v = value.Trim();
        switch (name)
        {
            case "width" or "height":
                v = v.EndsWith("px", StringComparison.OrdinalIgnoreCase) ? v[..^2] : v;
                return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is > 0 and <= 10000
                    ? size.ToString(CultureInfo.InvariantCulture) : null;
            case "colspan" or "rowspan":
                return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span is > 0 and <= 1000
                    ? span.ToString(CultureInfo.InvariantCulture) : null;
            case "title":
                return value;
            default:
                return null;
        }
    }

    private static string? Classes(string value, SanitizerSettings settings)
    {
        var kept = value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .Where(settings.Classes.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return kept.Length == 0 ? null : string.Join(' ', kept);
    }
}
