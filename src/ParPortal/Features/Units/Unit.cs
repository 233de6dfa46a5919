using ParPortal.Text;

namespace ParPortal.Features.Units;

/// <summary>
/// An organisational unit, dated: since 01/07/2025 units were merged and renamed, so items keep the unit they were
/// published under and reports roll old units up to their successors.
/// </summary>
public sealed class Unit
{
    public int Id { get; set; }

    /// <summary>A short stable code used by recipes, plans and the API ("XD-VP").</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>"Sở", "Phòng", "UBND xã"…, free text because agencies differ.</summary>
    public string? Kind { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public List<Unit> Successors { get; set; } = [];

    public List<Unit> Predecessors { get; set; } = [];

    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

public static class UnitOrder
{
    /// <summary>Units as pickers list them: current ones first (merged or closed ones after), each by name in Vietnamese order.</summary>
    public static List<Unit> CurrentFirst(this IEnumerable<Unit> units) =>
        units.OrderBy(u => u.ValidTo != null).ThenBy(u => u.Name, VietnameseOrder.Comparer).ToList();
}
