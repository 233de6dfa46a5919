namespace ParPortal.Features.Office;

/// <summary>
/// Limits applied to every Office file (.docx, .xlsx, .odt, .ods) before anything in it is parsed or stored: media
/// uploads, the procedure spreadsheet import and the plan import. Bound from <c>ParPortal:Office</c>.
/// </summary>
public sealed class OfficePackageLimits
{
    public const string Section = "ParPortal:Office";

    /// <summary>
    /// The largest file an import reads (default 10 MB): a procedure list of several thousand rows or a plan with its
    /// appendix is well under 2 MB, and an import holds the parsed document in memory. Uploads to the media library
    /// have their own limit (<c>ParPortal:Media:MaxDocumentBytes</c>): they are stored, not parsed.
    /// </summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// The largest total size of all parts once decompressed (default 200 MB). Pictures inside a document are already
    /// compressed, so a real 30 MB upload stays far below; only a zip bomb reaches it.
    /// </summary>
    public long MaxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The most parts a package may hold; real documents and workbooks have a few dozen.</summary>
    public int MaxEntries { get; set; } = 2_000;

    /// <summary>
    /// The highest compression ratio allowed for a part larger than <see cref="RatioCheckFromBytes"/>. Office XML
    /// compresses 10–30×, so 100 is generous; zip bombs reach ratios in the thousands.
    /// </summary>
    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>Parts smaller than this skip the ratio check, since tiny repetitive parts have high ratios.</summary>
    public long RatioCheckFromBytes { get; set; } = 1024 * 1024;
}
