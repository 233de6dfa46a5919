using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Plans;

public sealed partial class PlanVersion
{
    public void Validate(FieldErrors errors)
    {
        errors.Required("number", Number, "Số kế hoạch");
        if (Year is < 2000 or > 2100)
        {
            errors.Add("year", "Năm phải từ 2000 đến 2100.");
        }
    }
}
