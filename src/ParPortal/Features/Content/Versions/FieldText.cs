using System.Collections;
using System.Globalization;
using System.Reflection;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Procedures;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Procedures;

namespace ParPortal.Features.Content.Versions;

/// <summary>
/// A field's value as the lines an editor reads on the history and comparison pages: one line per list entry, the
/// parts of a record joined with " | " as the admin forms write them, enums by their Vietnamese labels, dates as
/// dd/MM/yyyy.
/// </summary>
public static class FieldText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<string> Lines(object? value) => value switch
    {
        null => [],
        string s => s.Length == 0 ? [] : s.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'),
        Unit u => [u.Name],
        IEnumerable<Topic> topics => topics.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(),
        IDictionary dictionary => dictionary.Keys.Cast<object>().Select(k => $"{k}: {Scalar(dictionary[k])}").ToList(),
        IEnumerable list when value is not string => list.Cast<object?>().Select(Scalar).ToList(),
        _ => [Scalar(value)],
    };

    /// <summary>One value on one line: a record's parts joined with " | ".</summary>
    public static string Scalar(object? value) => value switch
    {
        null => "–",
        string s => s,
        bool b => b ? "Có" : "Không",
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime t => ParPortal.Time.VietnameseDate.WithTime(t),
        decimal m => m.ToString("0.##", Vietnamese),
        ProcedureLevel level => ProcedureLabels.Level(level),
        OnlineServiceLevel level => ProcedureLabels.Online(level),
        ProcedureStatus status => ProcedureLabels.Status(status),
        SubmissionChannel channel => ProcedureLabels.Channel(channel),
        ScoreScale scale => ScoreScaleLabels.Of(scale),
        IFormattable f => f.ToString(null, Vietnamese),
        _ when IsRecord(value.GetType()) => string.Join(" | ", value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => Scalar(p.GetValue(value)))),
        _ => value.ToString() ?? string.Empty,
    };

    // Records carry a compiler-generated EqualityContract; plain classes (entities) do not.
    private static bool IsRecord(Type type) => type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
