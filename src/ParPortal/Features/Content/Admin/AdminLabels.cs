using ParPortal.Features.IndexResults;
using ParPortal.Features.Procedures;
using ParPortal.Procedures;

namespace ParPortal.Features.Content.Admin;

/// <summary>Vietnamese labels of the enums that admin forms show as selects (English comes from en.json).</summary>
public static class AdminLabels
{
    public static string Of(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Bo => "Cấp Bộ",
        ProcedureLevel.Tinh => "Cấp tỉnh",
        ProcedureLevel.Xa => "Cấp xã",
        _ => "Cấp huyện (trước 01/07/2025)",
    };

    public static string Of(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.ToanTrinh => "Toàn trình",
        OnlineServiceLevel.MotPhan => "Một phần",
        _ => "Không có dịch vụ công trực tuyến",
    };

    public static string Of(ProcedureStatus status) => status switch
    {
        ProcedureStatus.InForce => "Còn hiệu lực",
        ProcedureStatus.Amended => "Được sửa đổi, bổ sung",
        _ => "Bị bãi bỏ",
    };

    public static string Of(SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.TrucTiep => "Trực tiếp",
        SubmissionChannel.TrucTuyen => "Trực tuyến",
        _ => "Bưu chính công ích",
    };

    public static string Of(ScoreScale scale) => scale switch
    {
        ScoreScale.Percent => "Phần trăm (%)",
        ScoreScale.ZeroToOne => "Thang 0–1",
        ScoreScale.ZeroToTen => "Thang 0–10",
        _ => "Thang 0–100",
    };

    /// <summary>The channel a row names, by its Vietnamese label (with or without diacritics) or its code.</summary>
    public static SubmissionChannel? ChannelOf(string text)
    {
        var key = ParPortal.Content.Slug.From(text);
        foreach (var c in Enum.GetValues<SubmissionChannel>())
        {
            if (key == ParPortal.Content.Slug.From(Of(c)) || string.Equals(text, c.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        // "Bưu chính" alone is how most records write it.
        return key == "buu-chinh" ? SubmissionChannel.BuuChinh : null;
    }
}
