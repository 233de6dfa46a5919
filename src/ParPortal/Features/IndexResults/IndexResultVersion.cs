using ParPortal.Features.Content;

namespace ParPortal.Features.IndexResults;

/// <summary>One year's result of an index (PAR INDEX, SIPAS, PCI, PAPI…) for one subject.</summary>
public sealed partial class IndexResultVersion : ContentVersion, IValidatedVersion
{
    /// <summary>The index code: PARINDEX, SIPAS, PCI, PAPI, DTI, DDCI or one an administrator added.</summary>
    public string IndexCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public string Subject { get; set; } = string.Empty;

    public decimal Score { get; set; }

    public ScoreScale Scale { get; set; }

    public int? Rank { get; set; }

    /// <summary>The denominator of the rank, stored per record: 63 provinces up to 2024, 34 from 2025.</summary>
    public int? RankOf { get; set; }

    public string? Group { get; set; }

    public decimal? Change { get; set; }

    public List<IndexComponent> Components { get; set; } = [];

    public string? SourceDocument { get; set; }

    public string? Commentary { get; set; }

    protected override void CopyCollections() => Components = [.. Components];
}

/// <summary>The scale a score is on.</summary>
public enum ScoreScale
{
    Percent,
    ZeroToOne,
    ZeroToTen,
    ZeroToHundred,
}

/// <summary>A component of an index result (a sub-index, a dimension).</summary>
public sealed record IndexComponent(string Name, decimal Score, decimal? Max, int? Rank);
