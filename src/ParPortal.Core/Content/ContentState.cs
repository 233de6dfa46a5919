namespace ParPortal.Content;

/// <summary>The state of a content version, as in DESIGN.md: Draft → In review → Published → Unpublished / Archived.</summary>
public enum ContentState
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Unpublished = 3,
    Archived = 4,
}
