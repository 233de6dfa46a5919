using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Admin;
using ParPortal.Features.Plans.Import;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans.Admin;

/// <summary>
/// "Nhập kế hoạch từ tệp": the office uploads the agency's plan (.docx or .txt) and chooses the issuing agency; the
/// page reads it (<see cref="PlanFileImporter"/>) and shows the plan editor filled in, with what to check, for the
/// office to correct and save as a new plan. Nothing is saved by the upload: a file that is no plan, too large or
/// unsafe gets a message and the page stays as it was.
/// </summary>
[Authorize(Policy = Permissions.ManagePlans)]
public sealed class ImportModel(PlanFileImporter importer, ParPortalDbContext db) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Units { get; private set; } = [];

    public string? IssuingUnit { get; private set; }

    /// <summary>The plan read from the file, shown in the editor; null before a file was read.</summary>
    public PlanInput? Input { get; private set; }

    public IReadOnlyList<string> Notes { get; private set; } = [];

    public long MaxFileBytes => importer.MaxFileBytes;

    public async Task OnGetAsync(CancellationToken ct) => await LoadUnitsAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? issuingUnit, CancellationToken ct)
    {
        IssuingUnit = issuingUnit;
        await LoadUnitsAsync(ct);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Hãy chọn tệp kế hoạch (.docx hoặc .txt).");
            return Page();
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var result = await importer.ReadAsync(stream, file.FileName, issuingUnit ?? string.Empty, ct);
            Input = PlanInput.FromImport(result.Plan);
            Notes = result.Notes;
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
        }

        return Page();
    }

    private async Task LoadUnitsAsync(CancellationToken ct) =>
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.ValidTo != null).ThenBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(ct))
            .Select(u => (u.Code, u.Name)).ToList();
}
