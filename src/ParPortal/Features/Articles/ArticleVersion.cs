using ParPortal.Features.Content;

namespace ParPortal.Features.Articles;

/// <summary>A news item (tin, bài) about the agency's reform work.</summary>
public sealed partial class ArticleVersion : ContentVersion, IValidatedVersion
{
    /// <summary>Sanitized HTML; sanitized again when rendered.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>The byline as printed ("Nguyễn Văn A - Văn phòng Sở").</summary>
    public string? Author { get; set; }

    public string? Source { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public string? ImageCaption { get; set; }

    public List<GalleryImage> Gallery { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    protected override void CopyCollections()
    {
        Gallery = [.. Gallery];
        Attachments = [.. Attachments];
    }
}
