using System.Text.Json.Serialization;

namespace ParPortal.Features.Content;

/// <summary>
/// The editable fields of a content item, as the API accepts and returns them and as recipes write them. One shape
/// for every path, so that validation and sanitizing cannot differ between the API, the admin and recipe import.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Articles.ArticleInput), ParPortal.Content.ContentTypes.Article)]
[JsonDerivedType(typeof(Documents.DocumentInput), ParPortal.Content.ContentTypes.Document)]
[JsonDerivedType(typeof(Procedures.ProcedureInput), ParPortal.Content.ContentTypes.Procedure)]
[JsonDerivedType(typeof(Hotlines.HotlineInput), ParPortal.Content.ContentTypes.Hotline)]
[JsonDerivedType(typeof(IndexResults.IndexResultInput), ParPortal.Content.ContentTypes.IndexResult)]
[JsonDerivedType(typeof(Plans.PlanInput), ParPortal.Content.ContentTypes.Plan)]
public abstract class ContentInput
{
    public string Title { get; set; } = string.Empty;

    /// <summary>Optional: made from the title when empty; frozen after the first publication.</summary>
    public string? Slug { get; set; }

    public string? Summary { get; set; }

    /// <summary>The owning unit's code.</summary>
    public string? Unit { get; set; }

    /// <summary>Topic slugs.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>A new, empty version of this input's type.</summary>
    public abstract ContentVersion NewVersion();

    /// <summary>Copies the type's own fields onto a version (common fields are applied by <see cref="ContentInputMapper"/>).</summary>
    public abstract void ApplyTo(ContentVersion version, ContentInputContext context);

    /// <summary>Fills the type's own fields from a version.</summary>
    public abstract void ReadFrom(ContentVersion version);
}

/// <summary>Services an input needs while being applied (the HTML sanitizer for rich text).</summary>
public sealed record ContentInputContext(Func<string?, string> SanitizeHtml);
