using System.Text.RegularExpressions;

namespace ParPortal.Features.Content;

/// <summary>The one rule for phone numbers and e-mail addresses, wherever the site takes them (hotlines, the agency's settings).</summary>
public static partial class ContactText
{
    /// <summary>
    /// A phone number as agencies publish it: digits, spaces, dots and dashes, an optional leading + ("0233 3852 000",
    /// "+84 …"), from short service numbers (111, 1022) and toll-free numbers (1800 1096) to mobiles: 3 to 15 digits.
    /// </summary>
    public static bool IsPhone(string? value) =>
        value is not null && PhonePattern().IsMatch(value) && value.Count(char.IsAsciiDigit) is >= 3 and <= 15;

    /// <summary>Something @ something . something, without spaces: a check for typing mistakes, not a mailbox test.</summary>
    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{1,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
