using ParPortal.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.Procedures;

namespace ParPortal.Features.Procedures.Public;

/// <summary>One published procedure with every section NĐ 63/2010 requires, and its history of published versions.</summary>
public sealed class ProcedureDetailModel(ParPortalDbContext db, SiteChrome chrome) : PublicPageModel
{
    public ProcedureVersion Procedure { get; private set; } = null!;

    /// <summary>Every version that was ever published, newest first, with its change note.</summary>
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        var query = db.Procedures.AsNoTracking().Include(v => v.Item).Include(v => v.Unit);
        var (preview, refusal) = await PreviewAsync(query, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var procedure = preview ?? await query.BySlugAsync(ContentTypes.Procedure, slug, ct);
        if (procedure is null)
        {
            return NotFound();
        }

        await db.LoadTopicsAsync(procedure, ct);

        slug = procedure.Item.Slug;

        Procedure = procedure;
        History = await db.Procedures.AsNoTracking()
            .Where(v => v.ContentItemId == procedure.ContentItemId && v.PublishedUtc != null)
            .OrderByDescending(v => v.VersionNumber)
            .Select(v => new HistoryEntry(v.VersionNumber, v.PublishedUtc, v.ChangeNote, v.Status))
            .ToListAsync(ct);

        var site = await chrome.SettingsAsync();
        var root = FeedEndpoints.BaseUrl(HttpContext);
        Meta.Title = procedure.Title;
        Meta.Description = procedure.Summary ?? $"{procedure.Code} – {procedure.Title}";
        Meta.CanonicalPath = ProcedureType.Url(slug);
        Meta.Section = "thu-tuc";
        Meta.Crumb(T("Thủ tục hành chính"), ProcedureType.Path).Crumb(procedure.Title);
        Meta.JsonLd.Add(JsonLd.Thing("GovernmentService")
            .With("name", procedure.Title)
            .With("identifier", procedure.Code)
            .With("description", procedure.Summary)
            .With("serviceType", procedure.Field)
            .With("url", root + Meta.CanonicalPath)
            .With("audience", procedure.Subjects is { } s ? new Dictionary<string, string> { ["@type"] = "Audience", ["audienceType"] = s } : null)
            .With("provider", new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = procedure.ImplementingAgency ?? site.AgencyName })
            .With("availableChannel", procedure.PortalUrl is { } portal
                ? new Dictionary<string, string> { ["@type"] = "ServiceChannel", ["serviceUrl"] = portal }
                : null));
        return Page();
    }

    /// <summary>One line of the change history.</summary>
    public sealed record HistoryEntry(int Version, DateTime? PublishedUtc, string? ChangeNote, ParPortal.Procedures.ProcedureStatus Status);
}
