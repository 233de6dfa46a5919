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
