using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.IndexResults;

public sealed partial class IndexResultVersion
{
    public void Validate(FieldErrors errors)
    {
        errors.Required("index", IndexCode, "Chỉ số");
        errors.Required("subject", Subject, "Đối tượng đánh giá");
        if (Year is < 2000 or > 2100)
        {
            errors.Add("year", "Năm phải từ 2000 đến 2100.");
        }

        if (Score < 0 || Score > MaxOf(Scale))
        {
            errors.Add("score", $"Điểm phải từ 0 đến {MaxOf(Scale)} theo thang điểm đã chọn.");
        }

        if (RankOf is <= 0)
        {
            errors.Add("rankOf", "Tổng số đơn vị xếp hạng phải lớn hơn 0.");
        }

        if (Rank is { } r && (r <= 0 || (RankOf is { } of && r > of)))
        {
            errors.Add("rank", "Thứ hạng phải từ 1 đến tổng số đơn vị xếp hạng.");
        }

        foreach (var (c, i) in Components.Select((c, i) => (c, i)))
        {
            if (string.IsNullOrWhiteSpace(c.Name))
            {
                errors.Add($"components[{i}].name", "Tên chỉ số thành phần là bắt buộc.");
            }

            if (c.Max is { } max && c.Score > max)
            {
                errors.Add($"components[{i}].score", $"Điểm chỉ số thành phần “{c.Name}” vượt điểm tối đa.");
            }
        }
    }

    public static decimal MaxOf(ScoreScale scale) => scale switch
    {
        ScoreScale.ZeroToOne => 1m,
        ScoreScale.ZeroToTen => 10m,
        _ => 100m,
    };
}
