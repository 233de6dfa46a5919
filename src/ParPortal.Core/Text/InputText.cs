using System.Text;

namespace ParPortal.Text;

/// <summary>
/// The one normaliser of text that enters the site (API and recipe JSON, admin forms, spreadsheet cells): NFC, and
/// without the characters that no field may hold. Every input path calls <see cref="Clean"/> at its boundary, so
/// stored text is always valid in HTML, XML feeds, JSON and the Office files the site writes.
/// </summary>
/// <remarks>
/// Removed: C0 controls except tab, line feed and carriage return (XML 1.0 forbids them, so one in a title broke the
/// RSS feeds), DEL and the C1 controls (invisible, and a classic way to hide text from reviewers), unpaired UTF-16
/// surrogates (not text; encoders throw on them) and the non-characters U+FFFE and U+FFFF. Everything else,
/// Vietnamese and emoji included, is kept as typed.
/// </remarks>
public static class InputText
{
    /// <summary>NFC text without forbidden characters; null stays null. Whitespace is kept (see <see cref="Trimmed"/>).</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var firstBad = FirstForbidden(text);
        if (firstBad < 0)
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (!IsForbidden(c))
            {
                sb.Append(c);
            }
        }

        // Normalising after removal: a control character between a letter and its combining mark kept them apart.
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary><see cref="Clean"/> and trimmed; null stays null.</summary>
    public static string? Trimmed(string? text) => Clean(text)?.Trim();

    /// <summary>True when the text holds a character that <see cref="Clean"/> removes.</summary>
    public static bool HasForbidden(string? text) => text is not null && FirstForbidden(text) >= 0;

    /// <summary>
    /// Text made safe for an XML writer: what <see cref="Clean"/> removes is dropped. For output of data stored before
    /// the input boundary cleaned it (a feed must never fail for everyone because of one old title).
    /// </summary>
    public static string ForXml(string? text) => Clean(text) ?? string.Empty;

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    // A surrogate reaching this test is unpaired (pairs are skipped by the callers).
    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007f' && c <= '\u009f') || char.IsSurrogate(c) || c is '\ufffe' or '\uffff';
}
