namespace ParPortal.Features.Media;

/// <summary>Settings for uploads and image processing, bound from the <c>ParPortal:Media</c> section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "ParPortal:Media";

    /// <summary>Folder that holds the stored files; a relative path is resolved against the content root.</summary>
    public string RootPath { get; set; } = "App_Data/media";

    public long MaxImageBytes { get; set; } = 20L * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 30L * 1024 * 1024;

    /// <summary>
    /// Largest accepted width × height, checked from the header libvips reads before it decodes any pixel, so that a
    /// small file claiming a huge canvas (a decompression bomb) is refused without allocating anything. 40 MP covers
    /// every phone and most cameras; one decoded 40 MP RGBA image is 160 MB of memory.
    /// </summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Widths of the resized variants; empty means the defaults 480, 960 and 1600.</summary>
    public int[] Widths { get; set; } = [];

    public int JpegQuality { get; set; } = 82;

    public int WebpQuality { get; set; } = 80;

    /// <summary>
    /// libwebp's effort (0–6, libvips' default 4). The WebP encodes are most of the work; on the 1600 px variant of a
    /// 12 MP photo, effort 2 took about 80 ms against 210 ms at 4 for files within 2 % of the same size
    /// (bench <c>media</c>, docs/decisions.md).
    /// </summary>
    public int WebpEffort { get; set; } = 2;

    /// <summary>
    /// Longest time the processing of one image may take; libvips is then stopped through its kill flag and the upload
    /// is refused. A 12 MP photo takes well under a second; only a hostile or pathological file comes near this.
    /// </summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Also make a full-size WebP besides the full-size JPEG. Encoding a whole photo to WebP costs several times
    /// more than all the other variants together; sites that never show images above 1600 px leave it off.
    /// </summary>
    public bool OriginalWebp { get; set; }

    /// <summary>
    /// Refuse images whose decoding gives any warning (libvips <c>fail_on=warning</c>); this catches a cut file with
    /// an end marker glued on and a PNG with a bad checksum. False only refuses truncated files and errors, for
    /// archives of old scans with sloppy encoders.
    /// </summary>
    public bool StrictImageDecoding { get; set; } = true;

    internal static readonly int[] DefaultWidths = [480, 960, 1600];

    /// <summary>The widths in use: configured or default, positive, distinct, ascending.</summary>
    public IReadOnlyList<int> EffectiveWidths =>
        (Widths.Length == 0 ? DefaultWidths : Widths).Where(w => w > 0).Distinct().Order().ToArray();
}
