using ParPortal.Time;

namespace ParPortal.Tests.Core.Time;

public class VietnameseDateTests
{
    [Theory]
    [InlineData(2024, 3, 15, "ngày 15 tháng 3 năm 2024")]
    [InlineData(2024, 2, 5, "ngày 05 tháng 02 năm 2024")]
    [InlineData(2025, 1, 31, "ngày 31 tháng 01 năm 2025")]
    [InlineData(2026, 12, 9, "ngày 09 tháng 12 năm 2026")]
    public void Official_WritesAdministrativeForm_WithLeadingZeroRules(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDate.Official(new DateOnly(year, month, day)));
    }

    [Fact]
    public void PlaceAndDate_PrefixesPlace_WhenGiven()
    {
        var date = new DateOnly(2024, 6, 30);

        Assert.Equal("Quảng Trị, ngày 30 tháng 6 năm 2024", VietnameseDate.PlaceAndDate("Quảng Trị", date));
        Assert.Equal("Ngày 30 tháng 6 năm 2024", VietnameseDate.PlaceAndDate("", date));
    }

    [Fact]
    public void ShortAndWithTime_UseVietnamTime_WhenTheUtcDayDiffers()
    {
        // 17:30 UTC on 31 December is already 00:30 on 1 January in Viet Nam.
        var utc = new DateTime(2024, 12, 31, 17, 30, 0, DateTimeKind.Utc);

        Assert.Equal("01/01/2025", VietnameseDate.Short(utc));
        Assert.Equal("01/01/2025 00:30", VietnameseDate.WithTime(utc));
        Assert.Equal("2025-01-01", VietnameseDate.Iso(utc));
    }

    [Fact]
    public void LocalInput_RoundTrips_AsVietnamWallClock()
    {
        var utc = new DateTime(2026, 3, 1, 1, 15, 0, DateTimeKind.Utc);

        var typed = VietnameseDate.LocalInput(utc);
        var read = VietnameseDate.FromLocalInput(typed);

        Assert.Equal("2026-03-01T08:15", typed);
        Assert.Equal(utc, read!.Value.UtcDateTime);
        Assert.Null(VietnameseDate.FromLocalInput("không phải ngày"));
    }

    [Fact]
    public void DayBounds_CoverTheWholeLocalDay()
    {
        var day = new DateOnly(2025, 7, 1);

        Assert.Equal(new DateTime(2025, 6, 30, 17, 0, 0, DateTimeKind.Utc), VietnamTime.StartOfDayUtc(day));
        Assert.Equal(new DateTime(2025, 7, 1, 17, 0, 0, DateTimeKind.Utc), VietnamTime.EndOfDayUtc(day));
        Assert.Equal(day, VietnamTime.LocalDate(VietnamTime.EndOfDayUtc(day).AddTicks(-1)));
    }
}
