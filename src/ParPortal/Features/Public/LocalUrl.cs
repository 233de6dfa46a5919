using System.Text;

namespace ParPortal.Features.Public;

/// <summary>
/// A return address from a request (<c>?returnUrl=</c>) made safe to redirect to: a path on this site, ASCII as a
/// Location header needs it, else the home page. Browsers skip tab and newline inside URLs, so <c>/%09/evil.example</c>
/// would be <c>//evil.example</c> to them: any control character or backslash makes the address foreign.
/// </summary>
public static class LocalUrl
{
    public static string OrHome(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\'))
        {
            return "/";
        }

        var sb = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value < 0x20 || rune.Value == 0x7f || rune.Value == '\\' || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Control)
            {
                return "/";
            }

            if (rune.Value is > 0x20 and < 0x7f)
            {
                sb.Append((char)rune.Value);
                continue;
            }

            // Spaces and non-ASCII (Vietnamese paths and queries) are percent-encoded as UTF-8.
            var n = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..n])
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
