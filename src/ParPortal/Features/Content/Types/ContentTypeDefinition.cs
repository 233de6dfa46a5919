using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Users;

namespace ParPortal.Features.Content.Types;

/// <summary>
/// Everything that varies by content type, declared once in the type's own feature folder, in the shape of an
/// Orchard Core part registered with its driver and handler. The content engine, the API, the admin, search, the
/// sitemap and the output cache ask <see cref="ContentTypeRegistry"/> instead of switching over type names, so a new
/// type is one folder and one registration (<see cref="ContentTypeServiceCollectionExtensions.AddContentType{T}"/>).
/// </summary>
/// <remarks>
/// The typed parts stay typed: the version entity (with its <c>IEntityTypeConfiguration</c> beside it, which sets
/// the discriminator to <see cref="Name"/>), the input (mapping, <see cref="ContentInput.ApplyTo"/>) and the
/// version's own field rules (<see cref="IValidatedVersion"/>) live in the same folder.
/// </remarks>
/// <param name="name">The type's name as stored (the discriminator), and as the API, recipes and search speak it.</param>
/// <param name="displayName">The Vietnamese name shown to users ("Tin, bài"); English comes from the localizer.</param>
/// <param name="publicPath">
/// The path under which the public site shows this type (its list and detail pages), or null when the type has no
/// public pages. Cached public pages under it are tagged with the type, so a change evicts only them and the pages
/// that mix types.
/// </param>
/// <param name="editPermission">
/// The permission that creating and editing items of this type needs. Content written by the units
/// (<see cref="Permissions.EditOwnUnitContent"/>) also follows the unit rule: contributors act only on their own
/// unit's items. Any other permission (plans: <see cref="Permissions.ManagePlans"/>) is held agency-wide.
/// </param>
public abstract class ContentTypeDefinition(string name, string displayName, string? publicPath, string editPermission)
{
    public string Name { get; } = name;

    public string DisplayName { get; } = displayName;

    public string? PublicPath { get; } = publicPath;

    public string EditPermission { get; } = editPermission;

    /// <summary>True when items of this type follow the unit rule (see the edit permission).</summary>
    public bool IsUnitContent => EditPermission == Permissions.EditOwnUnitContent;

    /// <summary>True when published items are in the public search: by default every type with public pages.</summary>
    public virtual bool IsSearchable => PublicPath is not null;

    public abstract Type VersionType { get; }

    public abstract Type InputType { get; }

    /// <summary>A new, empty input of this type (the create form, and reading a version back).</summary>
    public abstract ContentInput NewInput();

    /// <summary>
    /// The admin form's partial view for the type's own fields (the common fields are shared): by convention
    /// <c>_Edit{Name}.cshtml</c> in the Admin folder of the feature that holds the version class.
    /// </summary>
    public virtual string EditorView => $"/Features/{VersionType.Namespace![(VersionType.Namespace!.LastIndexOf('.') + 1)..]}/Admin/_Edit{Name}.cshtml";

    /// <summary>
    /// The Razor page that shows a published item of this type to the public (its detail page, or the list that shows
    /// it), so that any unpublished version can be previewed through that same page (see Content/Preview); null when
    /// the type has no public page.
    /// </summary>
    public virtual string? PreviewPage => null;

    /// <summary>The public page of a published version; null only for a type without a public path.</summary>
    public abstract string? PublicUrl(ContentItem item, ContentVersion version);

    /// <summary>
    /// What search indexes of a version besides the common fields (title, summary, topics, unit): its plain body text
    /// and its code. Only called for searchable types.
    /// </summary>
    /// <param name="plainText">Turns sanitized rich text into plain text.</param>
    public abstract ContentSearchText SearchText(ContentVersion version, Func<string?, string> plainText);

    /// <summary>
    /// The type's own pages for the sitemap besides one page per published item (<see cref="HasItemPages"/>): by
    /// default its list page. Types whose items live on shared pages override both.
    /// </summary>
    public virtual Task<IReadOnlyList<SitemapEntry>> SitemapAsync(ParPortalDbContext db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SitemapEntry>>(PublicPath is null ? [] : [new SitemapEntry(PublicPath, null)]);

    /// <summary>True when each published item has its own page (<see cref="ItemPathOfSlug"/>), listed in the type's sitemap files.</summary>
    public virtual bool HasItemPages => PublicPath is not null;

    /// <summary>The published versions of this type, by the discriminator (the partial index IX_ContentVersions_Published_Type).</summary>
    public IQueryable<ContentVersion> Published(ParPortalDbContext db) =>
        db.ContentVersions.AsNoTracking().Where(v => v.IsPublished && EF.Property<string>(v, ContentVersionModel.Discriminator) == Name);

    /// <summary>One slice of the item pages for a sitemap file, oldest publication first.</summary>
    public async Task<IReadOnlyList<SitemapEntry>> SitemapItemsAsync(ParPortalDbContext db, int skip, int take, CancellationToken ct)
    {
        var rows = await Published(db).OrderBy(v => v.PublishedUtc).ThenBy(v => v.Id).Skip(skip).Take(take)
            .Select(v => new { v.Item.Slug, v.PublishedUtc }).ToListAsync(ct);
        return rows.ConvertAll(r => new SitemapEntry(ItemPathOfSlug(r.Slug), r.PublishedUtc));
    }

    /// <summary>
    /// The output-cache tags (<see cref="CacheTags"/>) of the public pages that show <paramref name="version"/> while
    /// it is published: by default its own page, the type's list, the home page, the sitemap and, when the type is
    /// searchable, the search page. A publish, unpublish or delete evicts these for the version that leaves the public
    /// site and for the one that arrives; a draft save evicts nothing. A type whose items also appear on other pages
    /// (articles on topic pages and in the news feed) adds those pages here, so the type stays one registration.
    /// </summary>
    public virtual IEnumerable<string> CacheTagsOf(ContentItem item, ContentVersion version)
    {
        if (PublicPath is null)
        {
            return [];
        }

        List<string> tags = [CacheTags.Page(PublicPath), CacheTags.Home, CacheTags.Sitemap];
        if (PublicUrl(item, version) is { } url)
        {
            tags.Add(CacheTags.Page(url));
        }

        if (IsSearchable)
        {
            tags.Add(CacheTags.Search);
        }

        return tags;
    }

    /// <summary>The page of an item addressed by its slug alone (the default public URL and sitemap entry).</summary>
    protected virtual string ItemPathOfSlug(string slug) => $"{PublicPath}/{slug}";
}

/// <summary>The type-specific text that search indexes: the body as plain text and an exact code (procedures, documents).</summary>
public sealed record ContentSearchText(string Body, string? Code = null)
{
    /// <summary>
    /// A type's fields joined for the index, the empty ones left out. The separator shows in search snippets where one
    /// field ends ("Cá nhân · Không · Giấy phép lái xe", a procedure's subjects, fee and first paper, read as one phrase
    /// when joined by spaces); the tokenizers skip it.
    /// </summary>
    public static string Join(IEnumerable<string?> fields) =>
        string.Join(" · ", fields.Select(f => f?.Trim()).Where(f => !string.IsNullOrEmpty(f)));
}

/// <summary>One page of the sitemap: its path and when it last changed, when known.</summary>
public sealed record SitemapEntry(string Path, DateTime? Modified);

/// <summary>
/// The typed base every content type derives from: the version and input types come from the type arguments, and
/// the per-version members receive the typed version.
/// </summary>
public abstract class ContentTypeDefinition<TVersion, TInput>(string name, string displayName, string? publicPath, string editPermission = Permissions.EditOwnUnitContent)
    : ContentTypeDefinition(name, displayName, publicPath, editPermission)
    where TVersion : ContentVersion
    where TInput : ContentInput, new()
{
    public sealed override Type VersionType => typeof(TVersion);

    public sealed override Type InputType => typeof(TInput);

    public sealed override ContentInput NewInput() => new TInput();

    public sealed override string? PublicUrl(ContentItem item, ContentVersion version) => UrlOf(item, (TVersion)version);

    public sealed override ContentSearchText SearchText(ContentVersion version, Func<string?, string> plainText) =>
        SearchTextOf((TVersion)version, plainText);

    /// <summary>The public page of a published version: by default its slug's page under the public path.</summary>
    protected virtual string? UrlOf(ContentItem item, TVersion version) => PublicPath is null ? null : ItemPathOfSlug(item.Slug);

    /// <inheritdoc cref="ContentTypeDefinition.SearchText"/>
    protected abstract ContentSearchText SearchTextOf(TVersion version, Func<string?, string> plainText);
}
