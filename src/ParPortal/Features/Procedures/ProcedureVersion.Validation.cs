using System.Text.RegularExpressions;
using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Procedures;

public sealed partial class ProcedureVersion
{
    public void Validate(FieldErrors errors)
    {
        errors.Required("code", Code, "Mã thủ tục");
        if (!string.IsNullOrWhiteSpace(Code) && !CodePattern().IsMatch(Code))
        {
            errors.Add("code", "Mã thủ tục chỉ gồm chữ, số, dấu chấm và gạch ngang (ví dụ 1.001193 hoặc 1.001193.000.00.00.H29).");
        }

        errors.Required("field", Field, "Lĩnh vực");
        ContentUrls.Check(errors, "portalUrl", PortalUrl);
        foreach (var (d, i) in Dossier.Select((d, i) => (d, i)))
        {
            if (string.IsNullOrWhiteSpace(d.Name))
            {
                errors.Add($"dossier[{i}].name", "Tên thành phần hồ sơ là bắt buộc.");
            }

            if (d.Originals < 0 || d.Copies < 0)
            {
                errors.Add($"dossier[{i}]", "Số bản chính, bản sao không được âm.");
            }
        }
    }

    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z.\-]{0,63}$")]
    private static partial Regex CodePattern();
}
