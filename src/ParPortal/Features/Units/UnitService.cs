using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Public;

namespace ParPortal.Features.Units;

/// <summary>Creates or updates a unit by code, with its parent and successors (which must exist).</summary>
/// <remarks>The recipe importer makes its own, without <paramref name="cache"/>: a recipe is one transaction, imported at set-up.</remarks>
public sealed class UnitService(ParPortalDbContext db, ClusterEvictions? cache = null)
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
        // The (small) unit table is loaded with its links first, so that the cycle check below sees every unit.
        await db.Units.Include(u => u.Successors).LoadAsync(ct);
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

        CheckCycles(unit);
        await db.SaveChangesAsync(ct);
        // Unit names are shown on item pages and hotlines: a rename evicts the public cache on every node.
        if (cache is not null)
        {
            await cache.EvictEverywhereAsync(ct);
        }

        return unit;
    }

    /// <summary>
    /// A unit may not be its own ancestor (parent chain) nor its own successor, directly or through others: roll-ups
    /// follow these links and would never end.
    /// </summary>
    private static void CheckCycles(Unit unit)
    {
        var ancestors = new HashSet<Unit>(ReferenceEqualityComparer.Instance);
        for (var p = unit.Parent; p is not null && ancestors.Add(p); p = p.Parent)
        {
            if (ReferenceEquals(p, unit))
            {
                throw ContentValidationException.Single("parent", "Đơn vị cha tạo thành vòng lặp: một đơn vị không thể là cấp trên của chính nó.");
            }
        }

        var seen = new HashSet<Unit>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Unit>(unit.Successors);
        while (stack.TryPop(out var next))
        {
            if (ReferenceEquals(next, unit))
            {
                throw ContentValidationException.Single("successors", "Đơn vị kế thừa tạo thành vòng lặp: một đơn vị không thể kế thừa chính nó.");
            }

            if (seen.Add(next))
            {
                foreach (var s in next.Successors)
                {
                    stack.Push(s);
                }
            }
        }
    }

    private async Task<Unit?> FindLocalOrDbAsync(string code, CancellationToken ct) =>
        db.Units.Local.FirstOrDefault(u => u.Code == code) ?? await db.Units.SingleOrDefaultAsync(u => u.Code == code, ct);
}
