using System.Globalization;
using System.Text;

namespace ParPortal.Features.IndexResults.Charts;

/// <summary>One value of a chart with the label and the value text exactly as the data table prints them.</summary>
public sealed record ChartValue(string Label, decimal Value, string ValueText, decimal? Max = null);

/// <summary>
/// Small server-side SVG charts: a line chart for a trend over years and horizontal bars for components. They are
/// images to screen readers (role="img" with title and desc) and carry their labels and values as real text, so
/// they print, zoom and translate; the page follows each with a data table holding the same numbers.
/// </summary>
public static class SvgChart
{
    private const int FontSize = 14;
    private const string Ink = "#1b1f24";
    private const string Muted = "#4a5563";
    private const string Grid = "#d5dbe1";
    private const string Bar = "#0b4f8a";
    private const string Track = "#e6ecf2";

    /// <summary>
    /// A line chart of values in order (years), with a point and its value at each step. The value axis starts at 0
    /// (or at the lowest value when it is negative) and ends at <paramref name="scaleMax"/> for a bounded scale
    /// (100 for a percentage), else at a round number above the highest value: an axis cut just below the data would
    /// make a change of one point look like a collapse.
    /// </summary>
    public static string Line(string id, string title, string description, IReadOnlyList<ChartValue> values, decimal? scaleMax = null)
    {
        const int width = 480, height = 260, left = 44, right = 24, top = 28, bottom = 36;
        var svg = Open(id, title, description, width, height);
        if (values.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        var (low, high) = Axis(values.Min(v => v.Value), values.Max(v => v.Value), scaleMax);
        double X(int i) => values.Count == 1 ? (left + width - right) / 2.0 : left + i * (width - left - right) / (double)(values.Count - 1);
        double Y(decimal v) => top + (double)((high - v) / (high - low)) * (height - top - bottom);

        // Five grid lines with their values (the lowest is the baseline), so the scale is readable without the table.
        for (var i = 0; i <= 4; i++)
        {
            var v = low + ((high - low) * i / 4);
            var y = Y(v);
            var stroke = v == 0 ? Muted : Grid;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"{stroke}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"{Muted}\">{Escape(v.ToString("0.##", CultureInfo.CurrentCulture))}</text>");
        }

        var path = string.Join(" ", values.Select((v, i) => $"{(i == 0 ? "M" : "L")}{F(X(i))},{F(Y(v.Value))}"));
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{Bar}\" stroke-width=\"3\" stroke-linejoin=\"round\"/>");
        for (var i = 0; i < values.Count; i++)
        {
            var (x, y) = (X(i), Y(values[i].Value));
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"5\" fill=\"#fff\" stroke=\"{Bar}\" stroke-width=\"3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y - 11)}\" text-anchor=\"middle\" font-size=\"{FontSize}\" font-weight=\"700\" fill=\"{Ink}\">{Escape(values[i].ValueText)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{height - 12}\" text-anchor=\"middle\" font-size=\"{FontSize}\" fill=\"{Ink}\">{Escape(values[i].Label)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per value, each against its own maximum (or the largest value) as a track.</summary>
    public static string HorizontalBars(string id, string title, string description, IReadOnlyList<ChartValue> values)
    {
        // Narrower than the line chart so that the text stays legible when a phone scales the drawing down.
        const int width = 400, barHeight = 14, left = 8, right = 8, valueWidth = 84;
        var wrapped = values.Select(v => Wrap(v.Label, 44)).ToList();
        var rowHeights = wrapped.Select(lines => (lines.Count * 18) + barHeight + 16).ToList();
        var height = rowHeights.Sum() + 8;
        var svg = Open(id, title, description, width, height);
        var scaleMax = values.Count == 0 ? 1 : values.Max(v => v.Max ?? v.Value);
        var y = 8;
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            foreach (var (line, n) in wrapped[i].Select((l, n) => (l, n)))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{y + 14 + (n * 18)}\" font-size=\"{FontSize}\" fill=\"{Ink}\">{Escape(line)}</text>");
            }

            var barTop = y + (wrapped[i].Count * 18) + 4;
            var trackWidth = width - left - right - valueWidth;
            var max = v.Max is > 0 ? v.Max.Value : scaleMax;
            var filled = max <= 0 ? 0 : Math.Clamp((double)(v.Value / max), 0, 1) * trackWidth;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{barTop}\" width=\"{trackWidth}\" height=\"{barHeight}\" rx=\"3\" fill=\"{Track}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{barTop}\" width=\"{F(filled)}\" height=\"{barHeight}\" rx=\"3\" fill=\"{Bar}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width - right}\" y=\"{barTop + 12}\" text-anchor=\"end\" font-size=\"{FontSize}\" font-weight=\"700\" fill=\"{Ink}\">{Escape(v.ValueText)}</text>");
            y += rowHeights[i];
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int width, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>");
        return svg;
    }

    /// <summary>
    /// The value axis: from 0 (or the lowest value when it is below 0) to the scale's maximum when the scale is bounded
    /// and holds every value, else to the next round number (1, 2, 2.5 or 5 × a power of ten) at or above the highest.
    /// </summary>
    internal static (decimal Low, decimal High) Axis(decimal min, decimal max, decimal? scaleMax)
    {
        var low = Math.Min(0, min);
        if (scaleMax is { } bound && bound > low && max <= bound)
        {
            return (low, bound);
        }

        var span = Math.Max(max, low + 1) - low;
        var step = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)span)));
        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (low + (factor * step) >= max)
            {
                return (low, low + (factor * step));
            }
        }

        return (low, low + (10 * step));
    }

    /// <summary>Splits a long label into lines at spaces; SVG text does not wrap by itself.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // Only the characters that matter in XML text and attributes: Vietnamese letters stay as they are.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
