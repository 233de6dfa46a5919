using System.Text;

namespace ParPortal.Features.RichText;

/// <summary>Decides whether a URL attribute value may stay. The parser has already decoded character references.</summary>
internal static class UrlPolicy
{
    /// <summary>
    /// Removes what browsers ignore inside a URL (ASCII tab, newline and other control characters anywhere, spaces at
    /// either end) so that <c>jav&#x09;ascript:</c> is seen as what the browser sees: <c>javascript:</c>.
    /// </summary>
    public static string Normalize(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            // C0 controls, DEL, C1 controls and the invisible format characters that some parsers skip.
            if (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff')
            {
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim(' ', '\u00a0', '\u3000');
    }

    /// <summary>
    /// The scheme of a URL, lower case, with whitespace removed; null for a relative URL. Anything before the first
    /// colon counts as a scheme when no '/', '?' or '#' comes first, which is stricter than browsers on purpose.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is '/' or '\\' or '?' or '#')
            {
                return null;
            }
            if (c == ':')
            {
                var sb = new StringBuilder(i);
                foreach (var ch in url.AsSpan(0, i))
                {
                    if (!char.IsWhiteSpace(ch))
                    {
                        sb.Append(char.ToLowerInvariant(ch));
                    }
                }
                return sb.ToString();
            }
        }
        return null;
    }

    /// <summary>The cleaned href of a link, or null when it must be removed.</summary>
    public static string? CleanHref(string value)
    {
        var url = Normalize(value);
        if (url.Length == 0)
        {
            return null;
        }
        var scheme = SchemeOf(url);
        return scheme is null || SanitizerPolicy.LinkSchemes.Contains(scheme) ? url : null;
    }

    /// <summary>
    /// The cleaned source of an image: a path under the media prefix or a path-relative URL. Absolute and
    /// protocol-relative URLs (including the backslash forms browsers treat as slashes) are refused.
    /// </summary>
    public static string? CleanImageSource(string value, string mediaPrefix)
    {
        var url = Normalize(value);
        if (url.Length == 0 || url.Contains('\\') || SchemeOf(url) is not null)
        {
            return null;
        }
        if (url.StartsWith(mediaPrefix, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }
        return url[0] is '/' ? null : url;
    }

    /// <summary>The cleaned source of an iframe: https on an allow-listed host, or null.</summary>
    public static string? CleanIframeSource(string value, IReadOnlySet<string> allowedHosts)
    {
        var url = Normalize(value);
        if (url.Contains('\\') || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        if (uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo) || !uri.IsDefaultPort)
        {
            return null;
        }
        return allowedHosts.Contains(uri.IdnHost) ? uri.AbsoluteUri : null;
    }
}
