using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParPortal.Features.Media;
using ParPortal.Features.Procedures.Import;
using ParPortal.Features.Users;
using ParPortal.Time;

// Not "Admin.Procedures": that name would shadow Features.Procedures inside the other admin pages.
namespace ParPortal.Features.Procedures.Admin;

/// <summary>Downloads every procedure (latest version) as .xlsx in the layout the import page reads.</summary>
[Authorize(Policy = Permissions.ImportProcedures)]
public sealed class ExportModel(ProcedureImportService imports, TimeProvider clock) : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await imports.ExportAsync(buffer, ct);
        var day = VietnameseDate.Iso(VietnamTime.Today(clock));
        // The Vietnamese name survives through filename*; old clients get the ASCII fallback.
        Response.Headers.ContentDisposition = ContentDispositionBuilder.Attachment($"Danh sách thủ tục hành chính {day}.xlsx");
        return File(buffer.ToArray(), ContentType);
    }
}
