using System.Globalization;
using ParPortal.Features.Plans;

namespace ParPortal.Tests.Plans;

/// <summary>The digit-by-digit parser of SQLite's stored dates agrees with the general parser.</summary>
public sealed class PlanItemReaderTests
{
    [Theory]
    [InlineData("2024-03-05 02:00:00")]
    [InlineData("2024-03-05 02:00:00.1")]
    [InlineData("2024-12-31 23:59:59.9999999")]
    [InlineData("2020-02-29 17:45:12.0453")]
    public void ParseStoredUtc_MatchesTheGeneralParser_WhenTextIsEfsStorageForm(string stored)
    {
        var expected = DateTime.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        var parsed = PlanItemReader.ParseStoredUtc(stored);

        Assert.Equal(expected, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData("2024-03-05T02:00:00Z")]
    [InlineData("2024-03-05 02:00")]
    public void ParseStoredUtc_FallsBackToTheGeneralParser_WhenTextHasAnotherForm(string stored)
    {
        var expected = DateTime.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        Assert.Equal(expected, PlanItemReader.ParseStoredUtc(stored));
    }

    [Fact]
    public void ParseStoredUtc_RefusesTheDate_WhenTheDayDoesNotExist()
    {
        // 2023 is not a leap year: the fast path must not roll it over to 1 March.
        Assert.Throws<FormatException>(() => PlanItemReader.ParseStoredUtc("2023-02-29 02:00:00"));
    }
}
