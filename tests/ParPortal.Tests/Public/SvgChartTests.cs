using System.Globalization;
using System.Xml.Linq;
using ParPortal.Features.IndexResults.Charts;

namespace ParPortal.Tests.Public;

/// <summary>The value axis of the trend chart starts from a sensible baseline: 0, up to the scale's top.</summary>
public sealed class SvgChartTests
{
    [Theory]
    [InlineData(80.47, 88.14, 100.0, 0.0, 100.0)]
    [InlineData(0.61, 0.72, 1.0, 0.0, 1.0)]
    [InlineData(42.1, 44.2, null, 0.0, 50.0)]
    [InlineData(3.0, 7.5, null, 0.0, 10.0)]
    [InlineData(-5.0, 3.0, null, -5.0, 5.0)]
    public void Axis_StartsAtZeroAndEndsAtTheScaleOrARoundNumber_WhenValuesAreGiven(double min, double max, double? scaleMax, double low, double high)
    {
        var (l, h) = SvgChart.Axis((decimal)min, (decimal)max, (decimal?)scaleMax);

        Assert.Equal(((decimal)low, (decimal)high), (l, h));
    }

    [Fact]
    public void Line_LabelsTheBaselineZeroAndTheScalesTop_WhenAPercentageIsCharted()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        var svg = XDocument.Parse(SvgChart.Line("t", "Xu hướng", "", [new("2024", 87.02m, "87,02"), new("2025", 88.14m, "88,14")], 100));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var labels = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        var points = svg.Descendants(ns + "circle").Select(c => double.Parse(c.Attribute("cy")!.Value, CultureInfo.InvariantCulture)).ToList();

        Assert.Contains("0", labels);
        Assert.Contains("100", labels);
        // 260 px tall, 28 above and 36 below the plot: 87 % sits about 13 % of the plot below its top.
        Assert.All(points, y => Assert.InRange(y, 28, 28 + (0.14 * 196)));
    }
}
