using System.Globalization;
using System.Text.Json;

namespace ParPortal.Features.Feedback.Deadlines;

/// <summary>
/// Reads the holiday calendar: the built-in file (Vietnam, 2024–2027, embedded in the module) or the agency's own copy
/// named by <see cref="FeedbackOptions.HolidaysFile"/>. A bad file stops the start-up with a message naming the file
/// and the entry, because a silently wrong calendar would move every deadline.
/// </summary>
public static class HolidayFile
{
    public const string ResourceName = "ParPortal.Feedback.vietnam-holidays.json";

    public static WorkingCalendar Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            using var stream = typeof(HolidayFile).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The built-in holiday calendar {ResourceName} is missing from the module.");
            return Parse(stream, "lịch nghỉ lễ có sẵn");
        }

        using var file = File.OpenRead(path);
        return Parse(file, path);
    }

    public static WorkingCalendar Parse(Stream json, string source)
    {
        CalendarJson? data;
        try
        {
            data = JsonSerializer.Deserialize<CalendarJson>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                ReadCommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Tệp ngày nghỉ {source} không phải JSON hợp lệ (dòng {e.LineNumber + 1}).", e);
        }

        var holidays = Days(data?.Holidays, source, "holidays");
        var workdays = Days(data?.Workdays, source, "workdays");
        var both = holidays.Select(h => h.Date).Intersect(workdays.Select(w => w.Date)).ToList();
        if (both.Count > 0)
        {
            throw new InvalidOperationException($"Tệp ngày nghỉ {source}: ngày {both[0]:yyyy-MM-dd} vừa là ngày nghỉ vừa là ngày làm bù.");
        }

        return new WorkingCalendar(holidays, workdays);
    }

    private static List<CalendarDay> Days(List<DayJson>? days, string source, string list)
    {
        var result = new List<CalendarDay>();
        foreach (var (d, i) in (days ?? []).Select((d, i) => (d, i)))
        {
            if (!DateOnly.TryParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidOperationException($"Tệp ngày nghỉ {source}, {list}[{i}]: ngày “{d.Date}” phải có dạng YYYY-MM-DD.");
            }

            result.Add(new CalendarDay(date, string.IsNullOrWhiteSpace(d.Name) ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : d.Name.Trim()));
        }

        return result;
    }

    private sealed record CalendarJson(List<DayJson>? Holidays, List<DayJson>? Workdays);

    private sealed record DayJson(string? Date, string? Name);
}
