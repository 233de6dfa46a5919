using ParPortal.Features.Content;

namespace ParPortal.Features.Articles;

public sealed partial class ArticleInput : ContentInput
{
    public string Body { get; set; } = string.Empty;

    public string? Author { get; set; }

    public string? Source { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public string? ImageCaption { get; set; }

    public List<GalleryImage> Gallery { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    public override ContentVersion NewVersion() => new ArticleVersion();

    public override void ApplyTo(ContentVersion version, ContentInputContext context)
    {
        var v = (ArticleVersion)version;
        v.Body = context.SanitizeHtml(Body);
        v.Author = ContentInputMapper.Nfc(Author);
        v.Source = ContentInputMapper.Nfc(Source);
        v.ImageUrl = ContentInputMapper.Nfc(ImageUrl);
        v.ImageAlt = ContentInputMapper.Nfc(ImageAlt);
        v.ImageCaption = ContentInputMapper.Nfc(ImageCaption);
        v.Gallery = Gallery.Select(g => new GalleryImage(ContentInputMapper.Nfc(g.Url) ?? string.Empty, ContentInputMapper.Nfc(g.Alt) ?? string.Empty, ContentInputMapper.Nfc(g.Caption))).ToList();
        v.Attachments = [.. Attachments];
    }

    public override void ReadFrom(ContentVersion version)
    {
        var v = (ArticleVersion)version;
        (Body, Author, Source, ImageUrl, ImageAlt, ImageCaption) = (v.Body, v.Author, v.Source, v.ImageUrl, v.ImageAlt, v.ImageCaption);
        Gallery = [.. v.Gallery];
        Attachments = [.. v.Attachments];
    }
}
