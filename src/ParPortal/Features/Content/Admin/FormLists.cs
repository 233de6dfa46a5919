using System.Globalization;
using Microsoft.AspNetCore.Http;
using ParPortal.Content;

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// Reads the list fields that admin forms post as text: one entry a line, the parts of a row separated by
/// <see cref="Separator"/> ("Trực tiếp | 05 ngày làm việc | 50.000 đồng"). Errors name the field and the line.
/// </summary>
public static class FormLists
{
    /// <summary>The separator between the parts of one row.</summary>
    public const char Separator = '|';

    /// <summary>The non-empty lines of a textarea, each with its 1-based line number.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(IFormCollection form, string name)
    {
        var text = form[name].ToString();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
            {
                yield return (i + 1, line);
            }
        }
    }

    /// <summary>The parts of a row, trimmed; missing trailing parts are empty strings.</summary>
    public static string[] Parts(string line, int count)
    {
        var parts = line.Split(Separator).Select(p => p.Trim()).ToList();
        while (parts.Count < count)
        {
            parts.Add(string.Empty);
        }

        return [.. parts];
    }

    public static string Row(params object?[] parts) =>
        string.Join($" {Separator} ", parts.Select(p => p switch
        {
            null => string.Empty,
            DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => p.ToString(),
        })).TrimEnd(' ', Separator);

    /// <summary>"Dòng 2 của “Kênh nộp hồ sơ”: …".</summary>
    public static void LineError(FieldErrors errors, string field, string label, int line, string message) =>
        errors.Add(field, $"Dòng {line} của “{label}”: {message}");

    /// <summary>A decimal typed with a comma or a dot as the decimal mark ("8,5" or "8.5"), as Vietnamese users write it.</summary>
    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A date written dd/MM/yyyy (as Vietnamese documents date things) or yyyy-MM-dd.</summary>
    public static bool TryDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>An optional decimal field posted as text; records an error when it is present but not a number.</summary>
    public static decimal? OptionalDecimal(IFormCollection form, string name, FieldErrors errors, string field, string label)
    {
        var text = form[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (TryDecimal(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"{label} phải là một số (ví dụ 8,5 hoặc 8.5).");
        return null;
    }

    /// <summary>What the user typed when a form comes back with errors, else the saved value in text form.</summary>
    public static string Posted(HttpRequest request, string name, string current) =>
        request.HasFormContentType && request.Form.ContainsKey(name) ? request.Form[name].ToString() : current;
}
