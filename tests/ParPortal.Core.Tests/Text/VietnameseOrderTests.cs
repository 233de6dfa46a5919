using ParPortal.Text;

namespace ParPortal.Core.Tests.Text;

public sealed class VietnameseOrderTests
{
    [Fact]
    public void Comparer_SortsByTheVietnameseAlphabet_ThenTonesAndCase()
    {
        string[] shuffled = ["Đăng ký kết hôn", "Xóa đăng ký", "Cấp Giấy xác nhận", "Dịch vụ công", "Đăng ký khai sinh", "Cấp bản sao", "Chứng thực", "Ăn uống", "Bưu chính", "An toàn"];

        var sorted = shuffled.Order(VietnameseOrder.Comparer).ToList();

        Assert.Equal(["An toàn", "Ăn uống", "Bưu chính", "Cấp bản sao", "Cấp Giấy xác nhận", "Chứng thực", "Dịch vụ công", "Đăng ký kết hôn", "Đăng ký khai sinh", "Xóa đăng ký"], sorted);
    }

    [Fact]
    public void By_KeepsEqualKeysInTheirOrder_AndPutsMissingKeysFirst()
    {
        var items = new[] { ("b", "Đội 2"), ("a", "Đội 2"), ("c", (string?)null), ("d", "Ban A") };

        Assert.Equal(["c", "d", "b", "a"], items.By(i => i.Item2).Select(i => i.Item1));
    }
}

public sealed class VietnameseOrderKeyTests
{
    private static readonly string[] Syllables = ["a", "ă", "â", "e", "ê", "o", "ô", "ơ", "u", "ư", "i", "y"];

    [Fact]
    public void Key_OrdersAsTheCollation_OverLettersTonesAndCase()
    {
        string[] tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
        var words = Syllables.SelectMany(v => tones.Select(t => ("b" + v + t).Normalize(System.Text.NormalizationForm.FormC)))
            .SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..], "đ" + w[1..], "Đ" + w[1..], "d" + w[1..] })
            .Concat(["Cấp bản sao", "Cấp Giấy xác nhận", "Đăng ký kết hôn", "Đăng ký khai sinh", "Đăng ký khai tử", "Xóa đăng ký",
                     "Chứng thực", "Dịch vụ công", "An toàn", "Ăn uống", "Bưu chính 2", "Bưu chính 10", "Bưu chính", "Thủy nội địa", "Thuỷ lợi"])
            .Distinct().ToList();

        var byCollation = words.Order(VietnameseOrder.Comparer).ToList();
        var byKey = words.OrderBy(VietnameseOrder.Key, StringComparer.Ordinal).ToList();

        Assert.Equal(byCollation, byKey);
    }

    [Fact]
    public void Key_TakesCharactersBeyondTheFirstPlane_EvenWhenCutInHalf()
    {
        var emoji = "Tin \ud83d\ude00 thử";

        Assert.Matches("^[0-9a-f]+$", VietnameseOrder.Key(emoji));
        Assert.Matches("^[0-9a-f]+$", VietnameseOrder.Key(new string('a', VietnameseOrder.KeyChars - 1) + "\ud83d\ude00"));
        Assert.True(string.CompareOrdinal(VietnameseOrder.Key("Tin"), VietnameseOrder.Key(emoji)) < 0);
    }

    [Fact]
    public void Key_IsHexDigits_AndPutsAPrefixFirst()
    {
        var key = VietnameseOrder.Key("Đăng ký, 2025!");

        Assert.Matches("^[0-9a-f]+$", key);
        Assert.True(string.CompareOrdinal(VietnameseOrder.Key("Đăng ký"), VietnameseOrder.Key("Đăng ký kết hôn")) < 0);
        Assert.Equal(VietnameseOrder.Key("hòa"), VietnameseOrder.Key("hòa".Normalize(System.Text.NormalizationForm.FormD)));
    }
}
