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

    private string _title = string.Empty;

    public string Title
    {
        get => _title;
        set
        {
            _title = value;
            TitleKey = ParPortal.Text.VietnameseText.SearchKey(value);
            TitleOrder = ParPortal.Text.VietnameseOrder.Key(value);
        }
    }

    /// <summary>
    /// The title's key in Vietnamese order (<see cref="ParPortal.Text.VietnameseOrder.Key"/>), for lists the database
    /// orders by title; kept in step by <see cref="Title"/>'s setter, filled for older rows by <see cref="OrderKeyBackfill"/>.
    /// </summary>
    public string TitleOrder { get; private set; } = string.Empty;

    /// <summary>
    /// The title folded for typed filters (<see cref="TitleKeyFilter"/>): "giay phep" finds "Giấy phép". Kept in step
    /// by <see cref="Title"/>'s setter (EF Core loads both columns through their fields, so loading does not refold).
    /// </summary>
    public string TitleKey { get; private set; } = string.Empty;

    public string? Summary { get; set; }

    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public List<Topic> Topics { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>When this version was published (null while it never was).</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>
    /// The item's first publication (<see cref="ContentItem.FirstPublishedUtc"/>), copied here when this version is
    /// published (see <see cref="RecordPublication"/>). Null while the version was never published.
    /// </summary>
    public DateTime? FirstPublishedUtc { get; set; }

    /// <summary>
    /// The ids of <see cref="Topics"/> when this version was published, comma-separated in ascending order (see
    /// <see cref="TopicIdList"/>); null while it was never published. A merge moves topic links but not this copy, so
    /// readers resolve an id through <c>Topic.MergedIntoId</c>.
    /// </summary>
    public string? PublishedTopicIds { get; set; }

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
        copy.FirstPublishedUtc = null;
        copy.PublishedTopicIds = null;
        copy.ChangeNote = null;
        copy.Unit = Unit;
        copy.Topics = [.. Topics];
        copy.CopyCollections();
        return copy;
    }

    /// <summary>
    /// Copies onto this version, as it is published, what plan progress reads: the item's first publication and the
    /// topic ids. Plan progress then reads one covering index of published versions, with no join to the items (by
    /// their TEXT Guid key on SQLite) or to the topic links, which were nearly all of its cost at 100,000 items.
    /// A published version is never edited (an edit is a new version), so the copy stays true while it is public.
    /// </summary>
    public void RecordPublication(DateTime itemFirstPublishedUtc)
    {
        FirstPublishedUtc = itemFirstPublishedUtc;
        PublishedTopicIds = TopicIdList.Format(Topics.Select(t => t.Id));
    }

    /// <summary>
    /// Takes the editable fields (the common ones and every writable property of the derived type) from a version made
    /// from the editor's input, keeping this version's identity, state and history fields.
    /// </summary>
    public void CopyFieldsFrom(ContentVersion edited)
    {
        if (edited.GetType() != GetType())
        {
            throw new ArgumentException("A version takes fields only from a version of its own type.", nameof(edited));
        }

        foreach (var p in GetType().GetProperties().Where(p => p.CanWrite && p.DeclaringType != typeof(ContentVersion)))
        {
            p.SetValue(this, p.GetValue(edited));
        }

        (Title, Summary, Unit, UnitId, Topics) = (edited.Title, edited.Summary, edited.Unit, edited.UnitId, edited.Topics);
    }

    /// <summary>Replaces every list-valued property of the derived type with a copy.</summary>
    protected abstract void CopyCollections();
}
