using System.Globalization;
using System.Text;

namespace ParPortal.Content;

/// <summary>URL slugs with Vietnamese transliteration: "Đất đai" → "dat-dai", whatever the input normalisation.</summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Decomposing first strips every tone and vowel mark whether the input came NFC or NFD; đ has no
        // decomposition, so it is mapped by hand.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            };
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        var slug = sb.ToString();
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
            var cut = slug.LastIndexOf('-');
            if (cut > MaxLength / 2)
            {
                slug = slug[..cut];
            }
        }

        return slug;
    }

    /// <summary>A slug is valid when it is what <see cref="From"/> would make of itself.</summary>
    public static bool IsValid(string? slug) => !string.IsNullOrEmpty(slug) && From(slug) == slug;

    /// <summary>Makes a slug unique by suffixing -2, -3… using the given test of existence.</summary>
    public static string Unique(string baseSlug, Func<string, bool> exists)
    {
        if (!exists(baseSlug))
        {
            return baseSlug;
        }

        for (var i = 2; ; i++)
        {
            var candidate = $"{baseSlug}-{i}";
            if (!exists(candidate))
            {
                return candidate;
            }
        }
    }
}
