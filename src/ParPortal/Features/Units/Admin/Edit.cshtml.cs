using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content.Admin;
using ParPortal.Features.Units;
using ParPortal.Features.Users;
using ParPortal.Features.Admin;

namespace ParPortal.Features.Units.Admin;

/// <summary>
/// Creates or edits a unit through <see cref="UnitService"/> (the same rules as the API and recipes): dates, parent
/// and successors, refusing an end before the start, unknown units and cycles. The code is fixed once created,
/// because recipes and plans refer to units by code.
/// </summary>
[Authorize(Policy = Permissions.ManageUnits)]
public sealed class EditModel(ParPortalDbContext db, UnitService service) : PageModel
{
    public sealed class UnitInput
    {
        public string Code { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Kind { get; set; }

        public string? Parent { get; set; }

        public string? ValidFrom { get; set; }

        public string? ValidTo { get; set; }

        public List<string> Successors { get; set; } = [];
    }

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public IReadOnlyList<Unit> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } unitId)
        {
            var unit = await db.Units.AsNoTracking().Include(u => u.Parent).Include(u => u.Successors).SingleOrDefaultAsync(u => u.Id == unitId, ct);
            if (unit is null)
            {
                return NotFound();
            }

            Id = unitId;
            Input = new UnitInput
            {
                Code = unit.Code,
                Name = unit.Name,
                Kind = unit.Kind,
                Parent = unit.Parent?.Code,
                ValidFrom = unit.ValidFrom.ToString("yyyy-MM-dd"),
                ValidTo = unit.ValidTo?.ToString("yyyy-MM-dd"),
                Successors = unit.Successors.Select(s => s.Code).ToList(),
            };
        }
        else
        {
            Input.ValidFrom = "2025-07-01";
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var errors = new FieldErrors();
        DateOnly from = default;
        DateOnly? to = null;
        if (string.IsNullOrWhiteSpace(Input.ValidFrom))
        {
            errors.Add("validFrom", "Ngày bắt đầu hiệu lực là bắt buộc.");
        }
        else if (!FormLists.TryDate(Input.ValidFrom, out from))
        {
            errors.Add("validFrom", "Ngày bắt đầu không đúng dạng ngày.");
        }

        if (!string.IsNullOrWhiteSpace(Input.ValidTo))
        {
            if (FormLists.TryDate(Input.ValidTo, out var t))
            {
                to = t;
            }
            else
            {
                errors.Add("validTo", "Ngày kết thúc không đúng dạng ngày.");
            }
        }

        if (id is { } unitId)
        {
            var existing = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
            if (existing is null)
            {
                return NotFound();
            }

            (Id, Input.Code) = (unitId, existing.Code);
        }
        else if (!string.IsNullOrWhiteSpace(Input.Code) && await db.Units.AnyAsync(u => u.Code == Input.Code.Trim(), ct))
        {
            errors.Add("code", $"Đã có đơn vị mã “{Input.Code.Trim()}”.");
        }

        try
        {
            errors.ThrowIfAny();
            var successors = Input.Successors.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList();
            var unit = await service.UpsertAsync(
                new UnitDto(Id ?? 0, Input.Code.Trim(), Input.Name, Blank(Input.Kind), Blank(Input.Parent), from, to, successors), ct);
            TempData["Notice"] = $"Đã lưu đơn vị {unit.Name}.";
            return Redirect("/admin/units");
        }
        catch (ContentValidationException e)
        {
            FormErrors.Add(ModelState, e);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Others = (await db.Units.AsNoTracking().Where(u => Id == null || u.Id != Id).ToListAsync(ct)).CurrentFirst();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
