using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using ParPortal.Text;

namespace ParPortal.Features.Feedback.Intake;

/// <summary>The form's check question and the signed token that carries its answer.</summary>
public sealed record Challenge(string Question, string Token);

/// <summary>A checked answer: the one-time key of the challenge when it was right.</summary>
public sealed record ChallengeResult(bool Passed, string? Key, string? Error);

/// <summary>
/// A check that needs no third-party service and no JavaScript: a small sum in Vietnamese words ("Bảy cộng hai bằng
/// mấy?"), answered in digits or words. The answer travels in a hidden field, signed and encrypted with ASP.NET Core
/// data protection (keys shared by every node), together with when it was issued and a random one-time key; the key
/// becomes the question's submission key, so one token yields at most one question.
/// </summary>
/// <remarks>
/// The issue time is inside the token and checked against the site's clock rather than with
/// ITimeLimitedDataProtector, whose expiry reads the machine clock and so cannot be tested or trusted with another.
/// </remarks>
public sealed class FeedbackChallenge(IDataProtectionProvider protection, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    private static readonly string[] Words =
    [
        "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
        "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy", "mười tám",
    ];

    /// <summary>The same numbers for the English pages ("What is seven plus two?").</summary>
    private static readonly string[] EnglishWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    ];

    // Folded spellings people also write: "tư" for four, "lăm" for five, "bẩy" for seven, "mươi" for ten.
    private static readonly Dictionary<string, int> Variants = new(StringComparer.Ordinal)
    {
        ["tu"] = 4, ["lam"] = 5, ["muoi"] = 10, ["muoi tu"] = 14, ["muoi nam"] = 15, ["muoi lam"] = 15, ["linh"] = 0,
    };

    private readonly IDataProtector _protector = protection.CreateProtector("ParPortal.Feedback.Challenge.v1");

    public Challenge Issue()
    {
        var a = RandomNumberGenerator.GetInt32(1, 10);
        var b = RandomNumberGenerator.GetInt32(1, 10);
        var plus = RandomNumberGenerator.GetInt32(2) == 0 || a == b;
        if (!plus && a < b)
        {
            (a, b) = (b, a);
        }

        var answer = plus ? a + b : a - b;
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var issued = clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
        // Asked in the page's language (the request's UI culture): a visitor reading in English may not read Vietnamese.
        var question = ParPortal.Features.Localization.LocalizationServiceCollectionExtensions.IsEnglish
            ? $"what is {EnglishWords[a]} {(plus ? "plus" : "minus")} {EnglishWords[b]}?"
            : $"{Words[a]} {(plus ? "cộng" : "trừ")} {Words[b]} bằng mấy?";
        return new Challenge(char.ToUpperInvariant(question[0]) + question[1..], _protector.Protect($"{answer}|{key}|{issued}"));
    }

    public ChallengeResult Check(string? token, string? answer)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Fail("Thiếu câu hỏi kiểm tra; hãy tải lại trang.");
        }

        string[] parts;
        try
        {
            parts = _protector.Unprotect(token).Split('|');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return Fail("Câu hỏi kiểm tra không hợp lệ; hãy tải lại trang và trả lời câu hỏi mới.");
        }

        var issued = new DateTimeOffset(long.Parse(parts[2], CultureInfo.InvariantCulture), TimeSpan.Zero);
        var age = clock.GetUtcNow() - issued;
        if (age > options.Value.ChallengeLifetime || age < TimeSpan.FromMinutes(-1))
        {
            return Fail("Câu hỏi kiểm tra đã hết hạn; hãy trả lời câu hỏi mới bên dưới.");
        }

        if (ParseNumber(answer) != int.Parse(parts[0], CultureInfo.InvariantCulture))
        {
            return Fail("Câu trả lời kiểm tra chưa đúng; hãy thử lại với câu hỏi mới.");
        }

        return new ChallengeResult(true, parts[1], null);
    }

    /// <summary>Reads "9", "chín", "chin", "mười lăm" or "nine" as a number; null for anything else.</summary>
    public static int? ParseNumber(string? text)
    {
        var s = string.Join(' ', (text ?? string.Empty).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (s.Length == 0)
        {
            return null;
        }

        if (s.All(char.IsAsciiDigit))
        {
            return s.Length <= 3 ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        }

        var folded = VietnameseText.Fold(s.ToLowerInvariant());
        for (var i = 0; i < Words.Length; i++)
        {
            if (VietnameseText.Fold(Words[i]) == folded)
            {
                return i;
            }
        }

        var english = Array.IndexOf(EnglishWords, folded);
        if (english >= 0)
        {
            return english;
        }

        return Variants.TryGetValue(folded, out var n) ? n : null;
    }

    private static ChallengeResult Fail(string message) => new(false, null, message);
}
