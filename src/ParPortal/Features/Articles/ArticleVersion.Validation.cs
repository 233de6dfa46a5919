using ParPortal.Content;
using ParPortal.Features.Content;

namespace ParPortal.Features.Articles;

public sealed partial class ArticleVersion
{
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
        foreach (var (g, i) in Gallery.Select((g, i) => (g, i)))
        {
            ContentUrls.Check(errors, $"gallery[{i}].url", g.Url);
            if (string.IsNullOrWhiteSpace(g.Alt))
            {
                errors.Add($"gallery[{i}].alt", $"Ảnh thứ {i + 1} của bộ ảnh cần có mô tả ảnh (alt).");
            }
        }

        foreach (var (a, i) in Attachments.Select((a, i) => (a, i)))
        {
            ContentUrls.Check(errors, $"attachments[{i}].url", a.Url);
        }
    }
}
