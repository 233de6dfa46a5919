using ParPortal.Features.Office;

namespace ParPortal.Tests.Plans.Reports;

public class VietnameseDatesTests
{
    [Theory]
    [InlineData(2024, 3, 15, "ngày 15 tháng 3 năm 2024")]
    [InlineData(2024, 2, 5, "ngày 05 tháng 02 năm 2024")]
    [InlineData(2025, 1, 31, "ngày 31 tháng 01 năm 2025")]
    [InlineData(2026, 12, 9, "ngày 09 tháng 12 năm 2026")]
    public void Long_WritesAdministrativeForm_WithLeadingZeroRules(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDates.Long(new DateOnly(year, month, day)));
    }

    [Fact]
    public void PlaceAndDate_PrefixesPlace_WhenGiven()
    {
        var date = new DateOnly(2024, 6, 30);

        Assert.Equal("Quảng Trị, ngày 30 tháng 6 năm 2024", VietnameseDates.PlaceAndDate("Quảng Trị", date));
        Assert.Equal("Ngày 30 tháng 6 năm 2024", VietnameseDates.PlaceAndDate("", date));
    }
}
