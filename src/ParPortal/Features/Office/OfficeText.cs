using System.Globalization;
using System.Text;

namespace ParPortal.Features.Office;

/// <summary>Small text helpers shared by the Office readers and writers.</summary>
public static class OfficeText
{
    /// <summary>
    /// Trims and normalises to NFC (spreadsheets exported from other tools often carry NFD text), without the control
    /// characters no field may hold: the spreadsheet side of the input boundary (<see cref="ParPortal.Text.InputText"/>).
    /// </summary>
    public static string Clean(string? text) => string.IsNullOrEmpty(text) ? string.Empty : ParPortal.Text.InputText.Clean(text)!.Trim();

    /// <summary>
    /// A matching key: no diacritics, đ folded to d, lower case, every run of punctuation or whitespace as one space.
    /// "Mã  TTHC:" and "ma tthc" give the same key, so that header variants typed by hand still match.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = ch switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(ch) };
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }
}
