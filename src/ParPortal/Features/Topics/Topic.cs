using ParPortal.Text;

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

public static class TopicOrder
{
    /// <summary>Topics as every list shows them: the editors' order, then by name in Vietnamese order.</summary>
    public static List<Topic> InEditorsOrder(this IEnumerable<Topic> topics) =>
        topics.OrderBy(t => t.SortOrder).ThenBy(t => t.Name, VietnameseOrder.Comparer).ToList();
}
