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
            if (!ContactText.IsPhone(p))
            {
                errors.Add($"phones[{i}]", $"Số điện thoại “{p}” không hợp lệ: cần từ 3 đến 15 chữ số (số ngắn như 1022, 111 cũng được), chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang và dấu + ở đầu.");
            }
        }

        if (!string.IsNullOrWhiteSpace(Email) && !ContactText.IsEmail(Email))
        {
            errors.Add("email", "Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    /// <summary>The number as a tel: URI (digits and a leading +), which phones dial without guessing.</summary>
    public static string TelUri(string phone) => "tel:" + new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
}
