namespace ParPortal.Features.Office;

/// <summary>Limits applied to an uploaded Office file before any XML in it is parsed.</summary>
public sealed record OfficePackageLimits
{
    /// <summary>The largest upload accepted, in bytes (default 10 MB).</summary>
    public long MaxFileBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>The largest total size of all entries once decompressed (default 100 MB).</summary>
    public long MaxUncompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>The most entries a package may hold; real workbooks have a few dozen.</summary>
    public int MaxEntries { get; init; } = 2_000;

    /// <summary>
    /// The highest compression ratio allowed for an entry larger than <see cref="RatioCheckFromBytes"/>. Spreadsheet
    /// XML compresses well (10–30×), so the limit is generous; zip bombs reach ratios in the thousands.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this skip the ratio check, since tiny repetitive parts have high ratios.</summary>
    public long RatioCheckFromBytes { get; init; } = 1024 * 1024;
}
