namespace ParPortal.Features.Feedback;

/// <summary>The public addresses of questions and answers (hỏi đáp), and of the rating endpoint.</summary>
public static class FeedbackUrls
{
    /// <summary>The list of published Q&amp;As; each is at <c>/hoi-dap/{slug}</c>.</summary>
    public const string Path = "/hoi-dap";

    public const string Submit = Path + "/gui-cau-hoi";

    public const string TrackPage = Path + "/tra-cuu";

    /// <summary>Where the rating widget posts; outside the output cache (a POST), on every page.</summary>
    public const string Rate = "/danh-gia";

    public static string Item(string slug) => $"{Path}/{slug}";

    public static string Track(string code) => $"{TrackPage}?ma={Uri.EscapeDataString(code)}";

    public static string ByProcedure(string code) => $"{Path}?thu-tuc={Uri.EscapeDataString(code)}";
}
