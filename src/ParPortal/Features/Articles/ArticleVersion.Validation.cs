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
        foreach (var (a, i) in Attachments.Select((a, i) => (a, i)))
        {
            ContentUrls.Check(errors, $"attachments[{i}].url", a.Url);
        }
    }
}
