using ParPortal.Content;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;

namespace ParPortal.Features.Content;

/// <summary>
/// One version of a content item. The common fields live here; each content type derives a typed version class
/// (table-per-hierarchy), so lists and filters are plain SQL over typed columns.
/// </summary>
public abstract class ContentVersion
{
    public Guid Id { get; set; }

    public Guid ContentItemId { get; set; }

    public ContentItem Item { get; set; } = null!;

    public int VersionNumber { get; set; }

    public ContentState State { get; set; }

    public bool IsLatest { get; set; }

    public bool IsPublished { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Summary { get; set; }

    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public List<Topic> Topics { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>When this version was published (null while it never was).</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>A short note of what this version changed, shown in the history.</summary>
    public string? ChangeNote { get; set; }

    /// <summary>
    /// A copy that becomes the next version. Lists are copied, never shared, because the old version is still tracked
    /// and must not change with the new one.
    /// </summary>
    public ContentVersion CopyForNewVersion()
    {
        var copy = (ContentVersion)MemberwiseClone();
        copy.Id = Guid.Empty;
        copy.Item = null!;
        copy.IsLatest = false;
        copy.IsPublished = false;
        copy.PublishedUtc = null;
        copy.ChangeNote = null;
        copy.Unit = Unit;
        copy.Topics = [.. Topics];
        copy.CopyCollections();
        return copy;
    }

    /// <summary>Replaces every list-valued property of the derived type with a copy.</summary>
    protected abstract void CopyCollections();
}
