namespace ParPortal.Content;

/// <summary>The names of the content types. Names, not an enum, because recipes, the API and the search index speak them.</summary>
public static class ContentTypes
{
    public const string Article = "Article";
    public const string Document = "Document";
    public const string Procedure = "Procedure";
    public const string Hotline = "Hotline";
    public const string IndexResult = "IndexResult";
    public const string Plan = "Plan";

    /// <summary>Citizens' feedback and questions (phản ánh, kiến nghị; hỏi đáp); published ones are answered Q&amp;As.</summary>
    public const string Feedback = "Feedback";

    /// <summary>Every type in display order.</summary>
    public static readonly IReadOnlyList<string> All = [Article, Document, Procedure, Hotline, IndexResult, Plan, Feedback];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
