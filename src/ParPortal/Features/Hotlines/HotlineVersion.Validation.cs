using System.Text.RegularExpressions;
using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Hotlines;

public sealed partial class HotlineVersion
{
    public void Validate(FieldErrors errors)
    {
        errors.Required("purpose", Purpose, "Mục đích");
        if (Phones.Count == 0 && string.IsNullOrWhiteSpace(Email))
        {
            errors.Add("phones", "Cần ít nhất một số điện thoại hoặc thư điện tử.");
        }

        foreach (var (p, i) in Phones.Select((p, i) => (p, i)))
        {
            if (!IsPhone(p))
            {
                errors.Add($"phones[{i}]", $"Số điện thoại “{p}” không hợp lệ: cần từ 3 đến 15 chữ số (số ngắn như 1022, 111 cũng được), chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang và dấu + ở đầu.");
            }
        }

        if (!string.IsNullOrWhiteSpace(Email) && !EmailPattern().IsMatch(Email))
        {
            errors.Add("email", "Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    /// <summary>
    /// A phone number as agencies publish it: short service numbers (111, 1022), toll-free and hotline numbers
    /// (1800 1096, 1900 xxxx), landlines and mobiles with spaces, dots or dashes, and +84 numbers: 3 to 15 digits.
    /// </summary>
    public static bool IsPhone(string? phone) =>
        phone is not null && PhonePattern().IsMatch(phone) && phone.Count(char.IsAsciiDigit) is >= 3 and <= 15;

    /// <summary>The number as a tel: URI (digits and a leading +), which phones dial without guessing.</summary>
    public static string TelUri(string phone) => "tel:" + new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{1,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
