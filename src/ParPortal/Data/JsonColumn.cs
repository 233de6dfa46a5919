using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ParPortal.Json;

namespace ParPortal.Data;

/// <summary>
/// Maps a typed list (procedure steps, dossier parts, index components…) to one JSON text column. The values are
/// typed in C#; JSON is only the storage form, the same on SQLite and PostgreSQL, and a version copies them whole.
/// </summary>
public static class JsonColumn
{
    private static JsonSerializerOptions Options => PortalJson.Options;

    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        var converter = new ValueConverter<List<T>, string>(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>());
        var comparer = new ValueComparer<List<T>>(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(),
            v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Options), Options)!);
        property.HasConversion(converter, comparer).IsRequired();
        return property;
    }

    public static PropertyBuilder<Dictionary<string, string>> HasJsonConversion(this PropertyBuilder<Dictionary<string, string>> property)
    {
        var converter = new ValueConverter<Dictionary<string, string>, string>(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, Options) ?? new Dictionary<string, string>());
        var comparer = new ValueComparer<Dictionary<string, string>>(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(),
            v => new Dictionary<string, string>(v));
        property.HasConversion(converter, comparer).IsRequired();
        return property;
    }
}
