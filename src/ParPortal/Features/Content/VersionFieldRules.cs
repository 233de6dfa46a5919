using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using ParPortal.Content;
using ParPortal.Text;

namespace ParPortal.Features.Content;

/// <summary>
/// Rules that hold for every field of every content type, whatever path the version came by (API, admin form,
/// recipe, spreadsheet import): text without the characters <see cref="InputText"/> removes, enum values the enum
/// defines, and dates between <see cref="MinYear"/> and <see cref="MaxYear"/>. The input paths clean text and parse
/// enums already; this is the one check they all end in, so that a path added later cannot store what a feed, an
/// export or a date conversion would fail on.
/// </summary>
internal static class VersionFieldRules
{
    /// <summary>The earliest year a date may have: older legal bases than 1900 are not cited in procedures.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a date may have: plans and documents look a few years ahead, never centuries.</summary>
    public const int MaxYear = 2100;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Fields = new();

    private static readonly ConcurrentDictionary<PropertyInfo, bool> Required = new();

    /// <summary>
    /// Adds an error for every field that breaks the rules. Returns false when the version is not even whole (a list
    /// holds an empty entry, or an entry lacks a field its type requires): the type's own rules, which read those
    /// entries, must not run then.
    /// </summary>
    public static bool Check(ContentVersion version, FieldErrors errors)
    {
        var whole = true;
        CheckValue("title", typeof(string), version.Title, errors, nested: false, ref whole);
        CheckValue("summary", typeof(string), version.Summary, errors, nested: false, ref whole);
        foreach (var p in FieldsOf(version.GetType(), declaredBelow: typeof(ContentVersion)))
        {
            CheckValue(Name(p), p.PropertyType, p.GetValue(version), errors, nested: false, ref whole);
        }

        return whole;
    }

    private static void CheckValue(string field, Type type, object? value, FieldErrors errors, bool nested, ref bool whole)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (InputText.HasForbidden(text))
                {
                    errors.Add(field, "Có ký tự điều khiển không hợp lệ (ví dụ ký tự dán từ phần mềm khác); hãy gõ lại nội dung trường này.");
                }

                return;
            case Enum e when !Enum.IsDefined(e.GetType(), e):
                errors.Add(field, $"Giá trị “{e}” không hợp lệ; dùng một trong: {string.Join(", ", Enum.GetNames(e.GetType()))}.");
                return;
            case DateOnly d:
                CheckYear(field, d.Year, errors);
                return;
            case DateTime t:
                CheckYear(field, t.Year, errors);
                return;
            case DateTimeOffset o:
                CheckYear(field, o.Year, errors);
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    CheckValue($"{field}[{entry.Key}]", typeof(object), entry.Value, errors, nested, ref whole);
                }

                return;
            case IEnumerable list when !nested:
                var i = 0;
                foreach (var element in list)
                {
                    if (element is null)
                    {
                        errors.Add($"{field}[{i}]", "Mục này trống.");
                        whole = false;
                    }

                    CheckValue($"{field}[{i++}]", element?.GetType() ?? typeof(object), element, errors, nested: true, ref whole);
                }

                return;
        }

        // A record of a list (a legal basis, a gallery image): its own fields, one level deep.
        if (nested && type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("ParPortal", StringComparison.Ordinal) == true)
        {
            foreach (var p in FieldsOf(type, declaredBelow: null))
            {
                var fieldValue = p.GetValue(value);
                if (fieldValue is null && IsRequired(p))
                {
                    errors.Add($"{field}.{Name(p)}", "Trường này là bắt buộc.");
                    whole = false;
                }

                CheckValue($"{field}.{Name(p)}", p.PropertyType, fieldValue, errors, nested: true, ref whole);
            }
        }
    }

    // A record's reference field declared without "?" (LegalBasis.Number) is required: JSON can still send null.
    private static bool IsRequired(PropertyInfo p) => Required.GetOrAdd(p, static info =>
        !info.PropertyType.IsValueType && new NullabilityInfoContext().Create(info).ReadState == NullabilityState.NotNull);

    private static void CheckYear(string field, int year, FieldErrors errors)
    {
        if (year is < MinYear or > MaxYear)
        {
            errors.Add(field, $"Ngày phải trong khoảng năm {MinYear}–{MaxYear}.");
        }
    }

    // Only the type's own fields: the common ones below ContentVersion (ids, navigation, lifecycle) are set by the
    // content manager, not by input.
    private static PropertyInfo[] FieldsOf(Type type, Type? declaredBelow) => Fields.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && (declaredBelow is null || p.DeclaringType != declaredBelow))
        .ToArray());

    private static string Name(PropertyInfo p) => char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
}
