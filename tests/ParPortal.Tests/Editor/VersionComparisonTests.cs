using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Versions;
using ParPortal.Features.Hotlines;
using ParPortal.Features.RichText;

namespace ParPortal.Tests.Editor;

/// <summary>Two versions side by side: text fields word by word, other fields as their changes.</summary>
public sealed class VersionComparisonTests
{
    private static readonly HtmlSanitizer Sanitizer = new(new RichTextOptions());

    private static ArticleVersion Article(string title, string body, string? summary = null) =>
        new() { Title = title, Body = body, Summary = summary, VersionNumber = 1 };

    [Fact]
    public void Of_ComparesTitleSummaryAndBodyWordByWord_WhenTheyChanged()
    {
        var from = Article("Lịch tiếp công dân tháng 11", "<p>Thứ Hai và thứ Năm hằng tuần.</p>", "Lịch cũ");
        var to = Article("Lịch tiếp công dân tháng 12", "<p>Thứ Hai và <strong>thứ Sáu</strong> hằng tuần.</p>", "Lịch cũ");

        var comparison = VersionComparison.Of(from, to, Sanitizer.ToPlainText);

        Assert.Equal(["Title", "Body"], comparison.Fields.Select(f => f.Name));
        var body = comparison.Fields.Single(f => f.Name == "Body");
        Assert.True(body.IsText);
        Assert.Equal("Năm", Assert.Single(body.Spans, s => s.Op == DiffOp.Removed).Text);
        Assert.Equal("Sáu", Assert.Single(body.Spans, s => s.Op == DiffOp.Added).Text);
        Assert.Equal("Tiêu đề", comparison.Fields[0].Label);
    }

    [Fact]
    public void Of_SaysOnlyTheFormattingChanged_WhenTheBodyTextIsTheSame()
    {
        var comparison = VersionComparison.Of(Article("A", "<p>Nội dung</p>"), Article("A", "<p><em>Nội dung</em></p>"), Sanitizer.ToPlainText);

        var body = Assert.Single(comparison.Fields);
        Assert.NotNull(body.Note);
        Assert.All(body.Spans, s => Assert.Equal(DiffOp.Same, s.Op));
    }

    [Fact]
    public void Of_ListsGalleryEntriesRemovedAndAdded_WhenTheGalleryChanged()
    {
        var from = Article("A", "<p>x</p>");
        from.Gallery = [new GalleryImage("/media/a/1.jpg", "Ảnh một", null)];
        var to = Article("A", "<p>x</p>");
        to.Gallery = [new GalleryImage("/media/a/1.jpg", "Ảnh một", null), new GalleryImage("/media/b/2.jpg", "Ảnh hai", "Chú thích")];

        var gallery = Assert.Single(VersionComparison.Of(from, to, Sanitizer.ToPlainText).Fields);

        Assert.False(gallery.IsText);
        Assert.Equal("/media/b/2.jpg | Ảnh hai | Chú thích", Assert.Single(gallery.Spans, s => s.Op == DiffOp.Added).Text);
        Assert.DoesNotContain(gallery.Spans, s => s.Op == DiffOp.Removed);
    }

    [Fact]
    public void Of_ShowsAScalarAsOldAndNewValue_WhenANumberChanged()
    {
        var from = new HotlineVersion { Title = "Đường dây nóng", Purpose = "Phản ánh", DisplayOrder = 1, Phones = ["0233 1"] };
        var to = new HotlineVersion { Title = "Đường dây nóng", Purpose = "Phản ánh", DisplayOrder = 3, Phones = ["0233 1"] };

        var order = Assert.Single(VersionComparison.Of(from, to, Sanitizer.ToPlainText).Fields);

        Assert.Equal(("1", "3"), (order.Before.Single(s => s.Op == DiffOp.Removed).Text, order.After.Single(s => s.Op == DiffOp.Added).Text));
    }

    [Fact]
    public void Of_HasNoFields_WhenTheVersionsHoldTheSameContent()
    {
        Assert.True(VersionComparison.Of(Article("A", "<p>x</p>"), Article("A", "<p>x</p>"), Sanitizer.ToPlainText).SameContent);
    }
}
