namespace ParPortal.Content;

/// <summary>
/// The allowed state transitions of a content item's latest version. Every state change in the application goes
/// through <see cref="EnsureAllowed"/> so that no admin page, API call, recipe or scheduler can take a shortcut.
/// </summary>
public static class ContentLifecycle
{
    private static readonly Dictionary<ContentState, ContentState[]> Allowed = new()
    {
        // An editor may publish a draft directly; a contributor submits it for review first (a permission, not a state rule).
        [ContentState.Draft] = [ContentState.InReview, ContentState.Published, ContentState.Archived],
        // Review ends in publication or in a return to the author.
        [ContentState.InReview] = [ContentState.Draft, ContentState.Published, ContentState.Archived],
        [ContentState.Published] = [ContentState.Unpublished, ContentState.Archived],
        [ContentState.Unpublished] = [ContentState.Published, ContentState.Draft, ContentState.Archived],
        // Archived items come back only as a draft, so that they pass review again before they are public.
        [ContentState.Archived] = [ContentState.Draft],
    };

    public static bool CanTransition(ContentState from, ContentState to) => Allowed[from].Contains(to);

    public static IReadOnlyList<ContentState> NextStates(ContentState from) => Allowed[from];

    public static void EnsureAllowed(ContentState from, ContentState to)
    {
        if (!CanTransition(from, to))
        {
            throw new ContentRuleException(
                $"Không thể chuyển trạng thái từ “{StateNames.Vietnamese(from)}” sang “{StateNames.Vietnamese(to)}”.",
                "state");
        }
    }
}
