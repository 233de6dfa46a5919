using System.Globalization;
using System.Text;

namespace ParPortal.Text;

/// <summary>
/// The order of Vietnamese words in lists people read (units, topics, procedures): the alphabet's order (a ă â b c d đ
/// e ê … ; "Đăng ký" after "Dịch vụ", not after "Xóa"), then tones, then case. Ordinal order put "Đ" after "Z",
/// capitals before small letters ("Cấp Giấy" before "Cấp bản sao") and "khai" before "kết".
/// </summary>
public static class VietnameseOrder
{
    /// <summary>ICU's vi-VN collation, for lists sorted in memory.</summary>
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);

    /// <summary>The items in Vietnamese order of <paramref name="key"/> (stable: equal keys keep their order).</summary>
    public static IEnumerable<T> By<T>(this IEnumerable<T> items, Func<T, string?> key) => items.OrderBy(i => key(i) ?? string.Empty, Comparer);

    /// <summary>Characters of a text that its <see cref="Key"/> orders by; titles rarely differ only after this many.</summary>
    public const int KeyChars = 200;

    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    /// <summary>
    /// A key for the database to order by, as <see cref="Comparer"/> orders the texts: the letters' places in the
    /// alphabet, then their tones (none, grave, hook, tilde, acute, dot), then their case. Written in lowercase hex
    /// digits, so byte order (SQLite) and any collation (PostgreSQL) order the keys alike, and computed by our code,
    /// so a newer ICU on the server never leaves old and new keys out of step.
    /// </summary>
    public static string Key(string? text)
    {
        var s = VietnameseText.Nfc(text ?? string.Empty).Trim();
        s = s.Length > KeyChars ? s[..KeyChars] : s;
        var primary = new StringBuilder(s.Length * 2 + 2);
        var tones = new StringBuilder(s.Length);
        var cases = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var (weight, tone, upper) = Weigh(c);
            primary.Append(weight.ToString("x2", CultureInfo.InvariantCulture));
            tones.Append((char)('0' + tone));
            cases.Append(upper ? '1' : '0');
        }
        // "00" is below every character's weight: a text that is the start of another comes first.
        return primary.Append("00").Append(tones).Append(cases).ToString();
    }

    private static (int Weight, int Tone, bool Upper) Weigh(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return (0x01, 0, false);
        }
        if (char.IsAsciiDigit(c))
        {
            return (0x10 + (c - '0'), 0, false);
        }
        if (char.IsSurrogate(c))
        {
            // Half of an emoji or another character beyond the first plane: alone it cannot be normalised.
            return (0x02, 0, false);
        }
        var parts = c.ToString().Normalize(NormalizationForm.FormD);
        var lower = char.ToLowerInvariant(parts[0]);
        var letter = lower;
        var tone = 0;
        foreach (var mark in parts.AsSpan(1))
        {
            switch (mark)
            {
                case '\u0306': letter = lower == 'a' ? 'ă' : letter; break;
                case '\u0302': letter = lower switch { 'a' => 'â', 'e' => 'ê', 'o' => 'ô', _ => letter }; break;
                case '\u031B': letter = lower switch { 'o' => 'ơ', 'u' => 'ư', _ => letter }; break;
                case '\u0300': tone = 1; break;
                case '\u0309': tone = 2; break;
                case '\u0303': tone = 3; break;
                case '\u0301': tone = 4; break;
                case '\u0323': tone = 5; break;
            }
        }
        var place = Alphabet.IndexOf(letter, StringComparison.Ordinal);
        // Punctuation, symbols and letters of other alphabets sort together, before digits and letters.
        return place < 0 ? (0x02, 0, false) : (0x20 + place, tone, parts[0] != lower);
    }
}
