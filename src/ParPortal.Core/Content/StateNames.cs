namespace ParPortal.Content;

/// <summary>Vietnamese display names of states (the English ones come from the localizer).</summary>
public static class StateNames
{
    public static string Vietnamese(ContentState state) => state switch
    {
        ContentState.Draft => "Bản nháp",
        ContentState.InReview => "Chờ duyệt",
        ContentState.Published => "Đã xuất bản",
        ContentState.Unpublished => "Đã gỡ xuất bản",
        ContentState.Archived => "Lưu trữ",
        _ => state.ToString(),
    };
}
