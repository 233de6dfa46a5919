namespace ParPortal.Features.RichText;

/// <summary>
/// What a sanitizing pass removed that the editor put there on purpose (a script, an embedded frame, an image from
/// another site, a link that runs code), in Vietnamese, so that saving can say what went and why. Word's own markup
/// (styles, fonts, classes) goes silently: reporting it would bury the notices that matter.
/// </summary>
public sealed class SanitizerReport
{
    /// <summary>A long paste can repeat one problem hundreds of times; the editor needs each kind once and a few examples.</summary>
    private const int MaxNotices = 10;

    private readonly List<string> _notices = [];

    public IReadOnlyList<string> Notices => _notices;

    internal void Script() => Add("Đã bỏ đoạn mã (script): bài viết không được chứa mã chạy trên trang.");

    internal void EventAttribute(string name) => Add($"Đã bỏ thuộc tính chạy mã ({name}…): bài viết không được chứa mã chạy trên trang.");

    internal void Embedded(string what) => Add($"Đã bỏ {what}: trang chỉ hiển thị văn bản, ảnh trong thư viện và khung nhúng từ nguồn được phép.");

    internal void Frame(string source) => Add($"Đã bỏ khung nhúng (iframe) từ “{Short(source)}”: nguồn này chưa được quản trị viên cho phép.");

    internal void Image(string source) => Add($"Đã bỏ ảnh “{Short(source)}”: ảnh phải được tải lên Thư viện tệp rồi chèn từ thư viện.");

    internal void Link(string href) => Add($"Đã bỏ liên kết “{Short(href)}”: chỉ giữ liên kết http(s), thư điện tử, điện thoại và liên kết trong trang.");

    private void Add(string notice)
    {
        if (_notices.Count < MaxNotices && !_notices.Contains(notice, StringComparer.Ordinal))
        {
            _notices.Add(notice);
        }
    }

    private static string Short(string value)
    {
        var v = value.Trim();
        return v.Length <= 80 ? v : v[..77] + "…";
    }
}
