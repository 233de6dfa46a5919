namespace ParPortal.Features.Units;

/// <summary>A unit as the API and recipes read and write it: codes name the parent and the successors.</summary>
public sealed record UnitDto(int Id, string Code, string Name, string? Kind, string? Parent, DateOnly ValidFrom, DateOnly? ValidTo, List<string>? Successors);
