using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace ParPortal.Features.IndexResults.Public;

/// <summary>Numbers of index results as the page, the charts and the tables all print them (82,95 in Vietnamese).</summary>
public static class IndexFormat
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Score(decimal score, ScoreScale scale) => scale switch
    {
        ScoreScale.Percent => Number(score) + "%",
        ScoreScale.ZeroToOne => Number(score) + "/1",
        ScoreScale.ZeroToTen => Number(score) + "/10",
        _ => Number(score) + "/100",
    };

    /// <summary>The top of a scale: 100 for a percentage or a 0–100 score, 10, or 1.</summary>
    public static decimal ScaleMax(ScoreScale scale) => scale switch
    {
        ScoreScale.ZeroToOne => 1,
        ScoreScale.ZeroToTen => 10,
        _ => 100,
    };

    public static string Rank(int? rank, int? of) => rank is null ? "–" : of is null ? $"{rank}" : $"{rank}/{of}";

    /// <summary>
    /// A change with its sign: "+1,12", "−0,5". Markup, because Razor's encoder writes every "+" as <c>&amp;#x2B;</c>
    /// and pages print characters, not references; the text is only digits, a comma and a sign.
    /// </summary>
    public static HtmlString Change(decimal? change) => new(change switch
    {
        null => "–",
        > 0 => "+" + Number(change.Value),
        < 0 => "−" + Number(-change.Value),
        _ => "0",
    });

    /// <summary>A component's score against its maximum: "6,84/9".</summary>
    public static string OfMax(decimal score, decimal? max) => max is null ? Number(score) : $"{Number(score)}/{Number(max.Value)}";
}
