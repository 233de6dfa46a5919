using ParPortal.Content;
using ParPortal.Procedures;

namespace ParPortal.Features.Procedures;

/// <summary>
/// The Vietnamese names of the procedure enums, as the national portal prints them, for the public pages and the admin
/// form alike (translated via en.json).
/// </summary>
public static class ProcedureLabels
{
    public static string Level(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Bo => "Cấp Bộ",
        ProcedureLevel.Tinh => "Cấp Tỉnh",
        ProcedureLevel.Xa => "Cấp Xã",
        ProcedureLevel.Huyen => "Cấp Huyện (trước 01/07/2025)",
        _ => level.ToString(),
    };

    public static string Online(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.ToanTrinh => "Dịch vụ công trực tuyến toàn trình",
        OnlineServiceLevel.MotPhan => "Dịch vụ công trực tuyến một phần",
        _ => "Không cung cấp dịch vụ công trực tuyến",
    };

    public static string Status(ProcedureStatus status) => status switch
    {
        ProcedureStatus.InForce => "Đang có hiệu lực",
        ProcedureStatus.Amended => "Đã được sửa đổi, bổ sung",
        ProcedureStatus.Abolished => "Đã bãi bỏ",
        _ => status.ToString(),
    };

    public static string Channel(SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.TrucTiep => "Trực tiếp",
        SubmissionChannel.TrucTuyen => "Trực tuyến",
        SubmissionChannel.BuuChinh => "Dịch vụ bưu chính công ích",
        _ => channel.ToString(),
    };

    /// <summary>The filter values in the URL: short Vietnamese words rather than enum names.</summary>
    public static readonly IReadOnlyDictionary<string, ProcedureLevel> LevelKeys = new Dictionary<string, ProcedureLevel>
    {
        ["bo"] = ProcedureLevel.Bo, ["tinh"] = ProcedureLevel.Tinh, ["xa"] = ProcedureLevel.Xa, ["huyen"] = ProcedureLevel.Huyen,
    };

    public static readonly IReadOnlyDictionary<string, OnlineServiceLevel> OnlineKeys = new Dictionary<string, OnlineServiceLevel>
    {
        ["toan-trinh"] = OnlineServiceLevel.ToanTrinh, ["mot-phan"] = OnlineServiceLevel.MotPhan, ["khong"] = OnlineServiceLevel.None,
    };

    /// <summary>The channel a form row names, by its label (with or without diacritics, with or without "Dịch vụ") or its code.</summary>
    public static SubmissionChannel? ChannelOf(string text)
    {
        var key = Slug.From(text);
        foreach (var c in Enum.GetValues<SubmissionChannel>())
        {
            if (key == Slug.From(Channel(c)) || string.Equals(text, c.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        // "Bưu chính" or "Bưu chính công ích" alone is how most records write it.
        return key is "buu-chinh" or "buu-chinh-cong-ich" ? SubmissionChannel.BuuChinh : null;
    }
}
