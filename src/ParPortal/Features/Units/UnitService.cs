using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Api;

namespace ParPortal.Features.Units;

/// <summary>Creates or updates a unit by code, with its parent and successors (which must exist).</summary>
public sealed class UnitService(ParPortalDbContext db)
{
    public async Task<Unit> UpsertAsync(UnitDto dto, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("code", dto.Code, "Mã đơn vị");
        errors.Required("name", dto.Name, "Tên đơn vị");
        errors.MaxLength("code", dto.Code, 64, "Mã đơn vị");
        if (dto.ValidTo is { } to && to < dto.ValidFrom)
        {
            errors.Add("validTo", "Ngày kết thúc phải sau ngày bắt đầu.");
        }

        errors.ThrowIfAny();
        var unit = await db.Units.Include(u => u.Successors).SingleOrDefaultAsync(u => u.Code == dto.Code, ct);
        if (unit is null)
        {
            unit = new Unit { Code = dto.Code.Trim(), Name = dto.Name };
            db.Units.Add(unit);
        }

        unit.Name = dto.Name.Trim().Normalize();
        unit.Kind = dto.Kind;
        unit.ValidFrom = dto.ValidFrom;
        unit.ValidTo = dto.ValidTo;
        unit.Parent = null;
        unit.ParentId = null;
        if (!string.IsNullOrWhiteSpace(dto.Parent))
        {
            unit.Parent = await FindLocalOrDbAsync(dto.Parent, ct)
                ?? throw ContentValidationException.Single("parent", $"Không có đơn vị cha “{dto.Parent}”.");
        }

        unit.Successors.Clear();
        foreach (var code in dto.Successors ?? [])
        {
            var successor = await FindLocalOrDbAsync(code, ct)
                ?? throw ContentValidationException.Single("successors", $"Không có đơn vị kế thừa “{code}”.");
            unit.Successors.Add(successor);
        }

        await db.SaveChangesAsync(ct);
        return unit;
    }

    private async Task<Unit?> FindLocalOrDbAsync(string code, CancellationToken ct) =>
        db.Units.Local.FirstOrDefault(u => u.Code == code) ?? await db.Units.SingleOrDefaultAsync(u => u.Code == code, ct);
}
