namespace ParPortal.Features.Media;

/// <summary>Why an upload was refused.</summary>
public enum MediaRejectReason
{
    Empty,
    TooLarge,
    UnsupportedType,
    TooManyPixels,
    CorruptImage,
    CorruptDocument,
    ZipBomb,
    ProcessingTimeout,
    ImagesUnavailable,
}

/// <summary>An upload that was refused, with a message in Vietnamese that can be shown to the editor as is.</summary>
public sealed class MediaRejectedException(MediaRejectReason reason, string message) : Exception(message)
{
    public MediaRejectReason Reason { get; } = reason;

    internal static MediaRejectedException Empty() => new(MediaRejectReason.Empty, "Tệp rỗng.");

    internal static MediaRejectedException Unsupported(string what) =>
        new(MediaRejectReason.UnsupportedType, $"Định dạng tệp không được hỗ trợ: {what}.");

    internal static MediaRejectedException TooLarge(long limit) =>
        new(MediaRejectReason.TooLarge, $"Tệp vượt quá dung lượng cho phép ({(limit >= 1024 * 1024 ? $"{limit / (1024 * 1024)} MB" : $"{limit / 1024} KB")}).");

    internal static MediaRejectedException TooManyPixels(long width, long height, long limit) =>
        new(MediaRejectReason.TooManyPixels,
            $"Ảnh vượt quá giới hạn {limit:N0} điểm ảnh ({width} × {height}).");

    internal static MediaRejectedException CorruptImage() =>
        new(MediaRejectReason.CorruptImage, "Ảnh bị hỏng hoặc không đọc được.");

    internal static MediaRejectedException CorruptDocument(string detail) =>
        new(MediaRejectReason.CorruptDocument, $"Tệp văn bản bị hỏng: {detail}.");

    internal static MediaRejectedException ProcessingTimeout(TimeSpan limit) =>
        new(MediaRejectReason.ProcessingTimeout,
            $"Xử lý ảnh vượt quá {limit.TotalSeconds:0.#} giây và đã bị dừng; hãy lưu lại ảnh bằng phần mềm khác hoặc giảm kích thước rồi tải lên lại.");

    internal static MediaRejectedException ImagesUnavailable() =>
        new(MediaRejectReason.ImagesUnavailable, "Máy chủ không nạp được thư viện xử lý ảnh (libvips) nên chưa nhận ảnh; tệp văn bản vẫn tải lên được.");

    internal static MediaRejectedException ZipBomb(string detail) =>
        new(MediaRejectReason.ZipBomb, $"Tệp nén có cấu trúc bất thường, bị từ chối: {detail}.");
}
