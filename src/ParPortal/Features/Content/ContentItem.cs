namespace ParPortal.Features.Content;

/// <summary>
/// The stable identity of a piece of content (Orchard's ContentItem): one id and slug, many versions, at most one
/// published and exactly one latest. The pointers to those two versions are kept here so that lists never have to
/// scan versions to find them.
/// </summary>
public sealed class ContentItem
{
    public Guid Id { get; set; }

    public required string ContentType { get; set; }

    /// <summary>Unique per type; frozen once the item has been published, so that shared links keep working.</summary>
    public required string Slug { get; set; }

    /// <summary>The stable key a recipe gave the item; makes re-importing a recipe idempotent.</summary>
    public string? ExternalKey { get; set; }

    public int LatestVersionNumber { get; set; }

    public int? PublishedVersionNumber { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>When the item first became public; later republishing does not move it.</summary>
    public DateTime? FirstPublishedUtc { get; set; }

    public DateTime? ScheduledPublishUtc { get; set; }

    public DateTime? ScheduledUnpublishUtc { get; set; }

    /// <summary>Changes on every write; EF Core refuses a save whose stamp was changed by someone else meanwhile.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ContentVersion> Versions { get; set; } = [];

    public List<ContentTaskLink> TaskLinks { get; set; } = [];
}
