namespace ParPortal.Features.Content;

/// <summary>
/// The editable fields of a content item, as the API accepts and returns them and as recipes write them. One shape
/// for every path, so that validation and sanitizing cannot differ between the API, the admin and recipe import.
/// Its JSON form carries the type name as "type" (<see cref="Types.ContentJson"/>).
/// </summary>
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
