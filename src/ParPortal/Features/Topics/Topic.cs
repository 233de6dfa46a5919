namespace ParPortal.Features.Topics;

/// <summary>A reform area in the topic taxonomy. Editors add, rename and merge topics; the slug stays stable.</summary>
public sealed class Topic
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public int? ParentId { get; set; }

    public Topic? Parent { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Set when this topic was merged into another; it then no longer appears in pickers.</summary>
    public int? MergedIntoId { get; set; }
}
