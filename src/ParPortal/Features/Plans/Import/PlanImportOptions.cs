namespace ParPortal.Features.Plans.Import;

/// <summary>Limits on a plan file uploaded for import (section <c>ParPortal:PlanImport</c>).</summary>
public sealed class PlanImportOptions
{
    public const string Section = "ParPortal:PlanImport";

    /// <summary>
    /// The largest file accepted, in bytes (default 10 MB). The seeds' plans are 15–25 kB of text; a .docx with a logo
    /// and a scanned signature stays under 2 MB, so 10 MB leaves room without letting one upload fill the server's memory.
    /// </summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// The largest total size of a .docx once decompressed (default 60 MB): Word XML compresses about tenfold, and a
    /// zip bomb is refused before the XML is parsed.
    /// </summary>
    public long MaxUncompressedBytes { get; set; } = 60L * 1024 * 1024;
}
