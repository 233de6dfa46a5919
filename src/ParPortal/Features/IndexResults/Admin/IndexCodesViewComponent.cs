using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;

namespace ParPortal.Features.IndexResults.Admin;

/// <summary>
/// The index form's list of known index codes (a &lt;datalist&gt; for the "Chỉ số" field), loaded here so that the
/// editor view itself reads no data.
/// </summary>
public sealed class IndexCodesViewComponent(ParPortalDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string listId)
    {
        var indexes = await db.IndexDefinitions.AsNoTracking().OrderBy(i => i.Code).ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/IndexResults/Admin/_IndexCodes.cshtml", new IndexCodeList(listId, indexes));
    }
}

/// <summary>The id of the &lt;datalist&gt; and the indexes it offers.</summary>
public sealed record IndexCodeList(string ListId, IReadOnlyList<IndexDefinition> Indexes);
