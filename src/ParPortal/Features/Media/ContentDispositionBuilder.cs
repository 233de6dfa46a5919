using System.Globalization;
using System.Text;

namespace ParPortal.Features.Media;

/// <summary>
/// Builds <c>Content-Disposition: attachment</c> with the UTF-8 file name as RFC 5987 <c>filename*</c> (RFC 6266) and
/// an ASCII fallback without diacritics for old clients.
/// </summary>
public static class ContentDispositionBuilder
{
    public static string Attachment(string fileName)
    {
        var name = fileName.Normalize(NormalizationForm.FormC);
        return $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{Rfc5987Encode(name)}";
    }

    /// <summary>"Báo cáo tháng 3.pdf" → "Bao cao thang 3.pdf"; anything not printable ASCII becomes '_'.</summary>
    public static string AsciiFallback(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c is >= ' ' and < '\u007f' and not '"' and not '\\' and not '%' ? c : '_');
        }
        return sb.ToString();
    }

    private static string Rfc5987Encode(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            // attr-char from RFC 5987: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
                || "!#$&+-.^_`|~".Contains((char)b, StringComparison.Ordinal))
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }
}
