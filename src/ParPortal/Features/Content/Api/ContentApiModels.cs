using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Content.Api;

/// <summary>An update: the version the caller edited (for the conflict check) and the new content.</summary>
public sealed record ContentUpdate(int BaseVersion, ContentInput? Content);

public sealed record ScheduleRequest(DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt);

public sealed record VersionSummary(int Number, ContentState State, bool IsLatest, bool IsPublished, string Title, DateTime CreatedUtc, string? CreatedBy, DateTime? PublishedUtc, string? ChangeNote);

/// <summary>An item as the API returns it.</summary>
public sealed record ContentResponse(
    Guid Id, string Type, string Slug, ContentState State, int Version, bool IsPublished, int LatestVersion, int? PublishedVersion,
    DateTime CreatedUtc, DateTime ModifiedUtc, DateTime? PublishedUtc, DateTime? ScheduledPublishUtc, DateTime? ScheduledUnpublishUtc, ContentInput Content)
{
    public static ContentResponse From(ContentVersion v, ContentTypeRegistry types) => new(
        v.ContentItemId, v.Item.ContentType, v.Item.Slug, v.State, v.VersionNumber, v.IsPublished, v.Item.LatestVersionNumber,
        v.Item.PublishedVersionNumber, v.Item.CreatedUtc, v.CreatedUtc, v.PublishedUtc, v.Item.ScheduledPublishUtc,
        v.Item.ScheduledUnpublishUtc, types.ToInput(v));
}
