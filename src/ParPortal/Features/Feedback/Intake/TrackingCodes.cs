using System.Security.Cryptography;
using System.Text;

namespace ParPortal.Features.Feedback.Intake;

/// <summary>
/// Tracking codes such as "PA-7K3M-9Q2D": eight random characters from an alphabet without look-alikes (no 0/O,
/// 1/I/L), read aloud on the phone without mistakes. 31^8 ≈ 8.5 × 10^11 codes against a rate limit on look-ups.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> c = stackalloc char[8];
        for (var i = 0; i < c.Length; i++)
        {
            c[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"PA-{c[..4]}-{c[4..]}";
    }

    /// <summary>The stored form of a code as a person typed it ("pa 7k3m 9q2d", "PA7K3M9Q2D"); null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var sb = new StringBuilder();
        foreach (var ch in (typed ?? string.Empty).ToUpperInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch switch { 'O' => '0', 'I' or 'L' => '1', _ => ch });
            }
        }

        var s = sb.ToString();
        if (s.StartsWith("PA", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        return s.Length == 8 && s.All(Alphabet.Contains) ? $"PA-{s[..4]}-{s[4..]}" : null;
    }
}
