using System.Text.RegularExpressions;

namespace ParPortal.Features.Content;

/// <summary>The one rule for phone numbers and e-mail addresses, wherever the site takes them (hotlines, the agency's settings).</summary>
public static partial class ContactText
{
    /// <summary>Digits, spaces, dots and dashes, an optional leading +: how Vietnamese numbers are written ("0233 3852 000").</summary>
    public static bool IsPhone(string value) => PhonePattern().IsMatch(value);

    /// <summary>Something @ something . something, without spaces: a check for typing mistakes, not a mailbox test.</summary>
    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{5,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
