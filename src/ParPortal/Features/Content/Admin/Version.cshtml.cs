using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Data;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Content.Versions;
using ParPortal.Features.RichText;

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// Any version of an item, old or new, field by field (the body as it reads), with links to compare it with the
/// latest or the published version and to preview it as the public page.
/// </summary>
public sealed class VersionModel(ParPortalDbContext db, ContentTypeRegistry types, HtmlSanitizer sanitizer) : PageModel
{
    public ContentVersion Shown { get; private set; } = null!;

    public ContentTypeDefinition Type { get; private set; } = null!;

    /// <summary>Every editable field with its lines, in the form's order; rich text separately as sanitized HTML.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<string> Lines)> Fields { get; private set; } = [];

    public string? BodyHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int version, CancellationToken ct)
    {
        var shown = await VersionQueries.LoadAsync(db, id, version, ct);
        if (shown is null)
        {
            return NotFound();
        }

        Type = types.Of(shown);
        if (!User.CanEdit(Type, shown.UnitId, read: true))
        {
            return Forbid();
        }

        Shown = shown;
        var empty = (ContentVersion)Activator.CreateInstance(shown.GetType())!;
        // Compared with an empty version of its type, every filled field is a change: the same order and labels as
        // the comparison page, without a second list of fields to keep in step.
        var all = VersionComparison.Of(empty, shown, sanitizer.ToPlainText);
        Fields = all.Fields.Where(f => f.Name != "Body")
            .Select(f => (f.Label, (IReadOnlyList<string>)f.After.Select(s => s.Text).ToList())).ToList();
        BodyHtml = shown.GetType().GetProperty("Body")?.GetValue(shown) is string body ? sanitizer.Sanitize(body) : null;
        return Page();
    }
}
