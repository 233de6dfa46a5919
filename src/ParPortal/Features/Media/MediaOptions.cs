namespace ParPortal.Features.Media;

/// <summary>Settings for uploads and image processing, bound from the <c>ParPortal:Media</c> section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "ParPortal:Media";

    /// <summary>Folder that holds the stored files; a relative path is resolved against the content root.</summary>
    public string RootPath { get; set; } = "App_Data/media";

    public long MaxImageBytes { get; set; } = 20L * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 30L * 1024 * 1024;

    /// <summary>Largest accepted width × height, checked from the file header before any decoding (decompression-bomb guard).</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Widths of the resized variants; empty means the defaults 480, 960 and 1600.</summary>
    public int[] Widths { get; set; } = [];

    public int JpegQuality { get; set; } = 82;

    public int WebpQuality { get; set; } = 80;

    /// <summary>Folder holding <c>vips</c>, <c>vipsthumbnail</c> and <c>vipsheader</c>; empty means search PATH.</summary>
    public string VipsToolsPath { get; set; } = "";

    /// <summary>Longest time one vips process may run before it is killed.</summary>
    public TimeSpan VipsTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Also make a full-size WebP besides the full-size JPEG. Encoding 12 megapixels to WebP is the slowest step by
    /// far (about 4 s of CPU on the 2-core server); sites that never show images above 1600 px can turn it off.
    /// </summary>
    public bool OriginalWebp { get; set; }

    /// <summary>
    /// Refuse images whose decoding gives any warning (libvips <c>fail_on=warning</c>); this catches a cut file with
    /// an end marker glued on. False only refuses truncated files, for archives of old scans with sloppy encoders.
    /// </summary>
    public bool StrictImageDecoding { get; set; } = true;

    internal static readonly int[] DefaultWidths = [480, 960, 1600];

    /// <summary>The widths in use: configured or default, positive, distinct, ascending.</summary>
    public IReadOnlyList<int> EffectiveWidths =>
        (Widths.Length == 0 ? DefaultWidths : Widths).Where(w => w > 0).Distinct().Order().ToArray();
}
