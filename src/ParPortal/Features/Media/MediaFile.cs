namespace ParPortal.Features.Media;

/// <summary>Whether an upload is shown as an image or offered as a download.</summary>
public enum MediaKind
{
    Image = 0,
    Document = 1,
}

/// <summary>One stored file of an upload: a resized image, the stripped full-size image or the document itself.</summary>
/// <param name="Name">The URL segment after the id, e.g. <c>960.webp</c> or <c>original.pdf</c>.</param>
/// <param name="Width">Pixel width; 0 for documents.</param>
/// <param name="Height">Pixel height; 0 for documents.</param>
/// <param name="Format">File format: jpeg, webp, png, gif, pdf, docx, xlsx, odt, ods.</param>
/// <param name="RelativePath">Path under the media root, always built from the id, never from the user's file name.</param>
/// <param name="Bytes">File size.</param>
public sealed record MediaVariant(string Name, int Width, int Height, string Format, string RelativePath, long Bytes);

/// <summary>An uploaded file after validation and processing.</summary>
public sealed class MediaFile
{
    public Guid Id { get; set; }

    /// <summary>The uploader's file name, NFC, Vietnamese kept; used only for display and downloads.</summary>
    public string OriginalFileName { get; set; } = "";

    /// <summary>Content type detected from the bytes, never the one the browser claimed.</summary>
    public string ContentType { get; set; } = "";

    public MediaKind Kind { get; set; }

    public long ByteSize { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public List<MediaVariant> Variants { get; set; } = [];

    public string? AltText { get; set; }

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public string Sha256 { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    public MediaVariant? FindVariant(string name) =>
        Variants.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
}
