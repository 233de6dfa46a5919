namespace ParPortal.Features.Recipes;

/// <summary>A record that a recipe was imported, so that the first-run recipes run once.</summary>
public sealed class RecipeRun
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Sha256 { get; set; }

    public DateTime ImportedUtc { get; set; }

    public string? ImportedBy { get; set; }
}
