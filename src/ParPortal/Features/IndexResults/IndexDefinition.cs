namespace ParPortal.Features.IndexResults;

/// <summary>An index that results are recorded for; administrators can add their own with its components.</summary>
public sealed class IndexDefinition
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public ScoreScale Scale { get; set; }

    /// <summary>The component names in display order; results may carry components by these names.</summary>
    public List<string> ComponentNames { get; set; } = [];
}
