using System.Globalization;

namespace ParPortal.Text;

/// <summary>
/// The order of Vietnamese words in lists people read (units, topics, procedures in a drop-down, statistics rows): the
/// alphabet's order (a ă â b c d đ e ê … ; "Đăng ký" after "Dịch vụ", not after "Xóa"), then tones and case, as the
/// vi-VN collation of ICU gives it. Ordinal order put "Đ" after "Z", capitals before small letters ("Cấp Giấy" before
/// "Cấp bản sao") and "khai" before "kết".
/// </summary>
public static class VietnameseOrder
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);

    /// <summary>The items in Vietnamese order of <paramref name="key"/> (stable: equal keys keep their order).</summary>
    public static IEnumerable<T> By<T>(this IEnumerable<T> items, Func<T, string?> key) => items.OrderBy(i => key(i) ?? string.Empty, Comparer);
}
