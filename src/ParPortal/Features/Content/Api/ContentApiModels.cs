using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Content.Api;

/// <summary>An update: the version the caller edited (for the conflict check) and the new content.</summary>
public sealed record ContentUpdate(int BaseVersion, ContentInput? Content);

public sealed record ScheduleRequest(DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt);

public sealed record VersionSummary(int Number, ContentState State, bool IsLatest, bool IsPublished, string Title, DateTime CreatedUtc, string? CreatedBy, DateTime? PublishedUtc, string? ChangeNote);

/// <summary>
/// An item as the API returns it. <see cref="Warnings"/>, on the answer to a create or update, says what saving removed
/// from the rich text (a script, an image from another site) and why; it is absent when nothing was removed.
/// </summary>
public sealed record ContentResponse(
    Guid Id, string Type, string Slug, ContentState State, int Version, bool IsPublished, int LatestVersion, int? PublishedVersion,
    DateTime CreatedUtc, DateTime ModifiedUtc, DateTime? PublishedUtc, DateTime? ScheduledPublishUtc, DateTime? ScheduledUnpublishUtc, ContentInput Content,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<string>? Warnings = null)
{
    public static ContentResponse From(ContentVersion v, ContentTypeRegistry types, IReadOnlyList<string>? warnings = null) => new(
        v.ContentItemId, v.Item.ContentType, v.Item.Slug, v.State, v.VersionNumber, v.IsPublished, v.Item.LatestVersionNumber,
        v.Item.PublishedVersionNumber, v.Item.CreatedUtc, v.CreatedUtc, v.PublishedUtc, v.Item.ScheduledPublishUtc,
        v.Item.ScheduledUnpublishUtc, types.ToInput(v), warnings is { Count: > 0 } ? warnings : null);
}
