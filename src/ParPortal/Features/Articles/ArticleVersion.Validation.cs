using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Articles;

public sealed partial class ArticleVersion
{
    /// <summary>Screen readers read alt text in full: a sentence or two says what an image shows.</summary>
    public const int MaxAltLength = Media.MediaUploads.MaxAltLength;

    /// <summary>A gallery of a report from an event; more belongs in several articles.</summary>
    public const int MaxGalleryImages = 100;

    public void Validate(FieldErrors errors)
    {
        errors.Required("body", Body, "Nội dung");
        errors.MaxLength("body", Body, 2_000_000, "Nội dung");
        errors.MaxLength("author", Author, 300, "Tác giả");
        if (!string.IsNullOrEmpty(ImageUrl) && string.IsNullOrWhiteSpace(ImageAlt))
        {
            errors.Add("imageAlt", "Ảnh đại diện cần có mô tả ảnh (alt) cho người dùng trình đọc màn hình.");
        }

        ContentUrls.Check(errors, "imageUrl", ImageUrl);
        errors.MaxLength("imageAlt", ImageAlt, MaxAltLength, "Mô tả ảnh");
        errors.MaxLength("imageCaption", ImageCaption, 1000, "Chú thích ảnh");
        errors.MaxLength("source", Source, 500, "Nguồn");
        if (Gallery.Count > MaxGalleryImages)
        {
            errors.Add("gallery", $"Bộ ảnh có tối đa {MaxGalleryImages} ảnh.");
        }

        foreach (var (g, i) in Gallery.Select((g, i) => (g, i)))
        {
            errors.Required($"gallery[{i}].url", g.Url, "Đường dẫn ảnh");
            ContentUrls.Check(errors, $"gallery[{i}].url", g.Url);
            if (string.IsNullOrWhiteSpace(g.Alt))
            {
                errors.Add($"gallery[{i}].alt", $"Ảnh thứ {i + 1} của bộ ảnh cần có mô tả ảnh (alt).");
            }

            errors.MaxLength($"gallery[{i}].alt", g.Alt, MaxAltLength, "Mô tả ảnh");
            errors.MaxLength($"gallery[{i}].caption", g.Caption, 1000, "Chú thích ảnh");
        }

        foreach (var (a, i) in Attachments.Select((a, i) => (a, i)))
        {
            errors.MaxLength($"attachments[{i}].name", a.Name, 300, "Tên tệp đính kèm");
            ContentUrls.Check(errors, $"attachments[{i}].url", a.Url);
        }
    }
}
