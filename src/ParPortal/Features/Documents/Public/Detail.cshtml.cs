using ParPortal.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.Documents;

namespace ParPortal.Features.Documents.Public;

/// <summary>One published document with its particulars and download links.</summary>
public sealed class DocumentDetailModel(ParPortalDbContext db) : PublicPageModel
{
    public DocumentVersion Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var query = db.Documents.AsNoTracking().Include(v => v.Item).Include(v => v.Unit);
        var (preview, refusal) = await PreviewAsync(query, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var document = preview ?? await query.BySlugAsync(ContentTypes.Document, slug, ct);
        if (document is null)
        {
            return NotFound();
        }

        await db.LoadTopicsAsync(document, ct);

        slug = document.Item.Slug;

        Document = document;
        Meta.Title = $"{document.Number}: {document.Title}";
        Meta.Description = document.Summary ?? document.Title;
        Meta.CanonicalPath = DocumentType.Url(slug);
        Meta.Section = "van-ban";
        Meta.Crumb(T("Văn bản"), DocumentType.Path).Crumb(document.Number);
        return Page();
    }
}
