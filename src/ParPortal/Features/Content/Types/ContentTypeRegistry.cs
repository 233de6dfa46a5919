using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ParPortal.Content;

namespace ParPortal.Features.Content.Types;

/// <summary>
/// The registered content types (see <see cref="ContentTypeDefinition"/>), in registration order, which is also the
/// order in which menus and filters list them. Built once from the definitions in the container.
/// </summary>
public sealed class ContentTypeRegistry
{
    private readonly Dictionary<string, ContentTypeDefinition> byName;
    private readonly Dictionary<Type, ContentTypeDefinition> byVersion;
    private readonly Lazy<JsonSerializerOptions> json;

    public ContentTypeRegistry(IEnumerable<ContentTypeDefinition> definitions)
    {
        All = definitions.ToList();
        byName = All.ToDictionary(d => d.Name, StringComparer.Ordinal);
        byVersion = All.ToDictionary(d => d.VersionType);
        Names = All.Select(d => d.Name).ToList();
        json = new Lazy<JsonSerializerOptions>(() => ContentJson.Create(this));
    }

    public IReadOnlyList<ContentTypeDefinition> All { get; }

    /// <summary>The JSON options that read and write content inputs with their type (recipes; the API's own are configured alike).</summary>
    public JsonSerializerOptions Json => json.Value;

    /// <summary>The names of every registered type (plan rules and filters check type names against them).</summary>
    public IReadOnlyList<string> Names { get; }

    public bool IsKnown([NotNullWhen(true)] string? name) => name is not null && byName.ContainsKey(name);

    public bool TryGet(string? name, [NotNullWhen(true)] out ContentTypeDefinition? definition)
    {
        definition = null;
        return name is not null && byName.TryGetValue(name, out definition);
    }

    /// <summary>The definition of a type name the database or a validated request gave; unknown names are a bug.</summary>
    public ContentTypeDefinition Get(string name) =>
        byName.TryGetValue(name, out var d) ? d : throw new ArgumentOutOfRangeException(nameof(name), name, "Unregistered content type.");

    /// <summary>The definition of a version's type.</summary>
    public ContentTypeDefinition Of(ContentVersion version) =>
        byVersion.TryGetValue(version.GetType(), out var d)
            ? d
            : throw new ArgumentOutOfRangeException(nameof(version), version.GetType().Name, "Unregistered content version type.");

    /// <summary>The input form of a version: what the API returns and the admin form edits.</summary>
    public ContentInput ToInput(ContentVersion version)
    {
        var input = Of(version).NewInput();
        input.Title = version.Title;
        input.Slug = version.Item.Slug;
        input.Summary = version.Summary;
        input.Unit = version.Unit?.Code;
        input.Topics = version.Topics.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList();
        input.ReadFrom(version);
        return input;
    }

    /// <summary>The Vietnamese name of a type, or the name itself for a type no longer registered (old audit rows).</summary>
    public string DisplayName(string? name) => name is not null && byName.TryGetValue(name, out var d) ? d.DisplayName : name ?? string.Empty;

    /// <summary>The public page of a published version, or null when its type has none.</summary>
    public string? PublicUrl(ContentVersion version) => Of(version).PublicUrl(version.Item, version);

    /// <summary>The type whose public pages live under a path, or null for pages that mix types (home, topics, feeds).</summary>
    public ContentTypeDefinition? OwnerOfPath(Microsoft.AspNetCore.Http.PathString path) =>
        All.FirstOrDefault(d => d.PublicPath is { } p && path.StartsWithSegments(p));

    /// <summary>Refuses an unknown type name from a request, naming the field and the known names.</summary>
    public ContentTypeDefinition Require(string? name, string field = "type") =>
        TryGet(name, out var d)
            ? d
            : throw ContentValidationException.Single(field, $"Loại nội dung “{name}” không tồn tại; dùng một trong: {string.Join(", ", Names)}.");
}
