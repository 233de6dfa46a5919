using System.Text;

namespace ParPortal.Features.RichText;

/// <summary>
/// Escapes only what HTML requires; every other character, Vietnamese included, is written as itself rather than as
/// a numeric character reference.
/// </summary>
internal static class HtmlEscaper
{
    public static void AppendText(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '\u00a0' => sb.Append("&nbsp;"),
                _ => sb.Append(c),
            };
        }
    }

    public static void AppendAttribute(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '"' => sb.Append("&quot;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '\u00a0' => sb.Append("&nbsp;"),
                _ => sb.Append(c),
            };
        }
    }
}
