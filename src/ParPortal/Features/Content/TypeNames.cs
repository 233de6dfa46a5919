using ParPortal.Content;

namespace ParPortal.Features.Content;

/// <summary>Vietnamese names of content types (English comes from the localizer).</summary>
public static class TypeNames
{
    public static string Vietnamese(string type) => type switch
    {
        ContentTypes.Article => "Tin, bài",
        ContentTypes.Document => "Văn bản",
        ContentTypes.Procedure => "Thủ tục hành chính",
        ContentTypes.Hotline => "Đường dây nóng",
        ContentTypes.IndexResult => "Chỉ số CCHC",
        ContentTypes.Plan => "Kế hoạch",
        _ => type,
    };
}
