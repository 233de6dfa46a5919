using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.RichText;

namespace ParPortal.Features.Search.Integration;

/// <summary>
/// Turns a content version into the document the search index stores: the common fields here, the type's own text
/// and code from its registration (<see cref="ContentTypeDefinition.SearchText"/>), the link from its public URL.
/// </summary>
public sealed class SearchDocuments(HtmlSanitizer sanitizer, ContentTypeRegistry types)
{
    /// <summary>True for the types whose published items are searched (plans are internal).</summary>
    public bool IsSearchable(string contentType) => types.TryGet(contentType, out var type) && type.IsSearchable;

    public SearchDocument From(ContentVersion v, ContentItem item, bool asPublished)
    {
        var type = types.Of(v);
        var text = type.SearchText(v, sanitizer.ToPlainText);
        var date = v.PublishedUtc ?? v.CreatedUtc;
        return new SearchDocument(
            item.Id,
            item.ContentType,
            asPublished,
            v.Title,
            v.Summary,
            text.Body,
            text.Code,
            v.Topics.Select(t => t.Slug).ToList(),
            v.Unit?.Code,
            v.Unit?.Name,
            new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
            asPublished ? type.PublicUrl(item, v)! : $"/admin/content/{item.Id}");
    }
}
