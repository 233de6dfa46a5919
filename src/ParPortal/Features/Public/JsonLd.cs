using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ParPortal.Features.Public;

/// <summary>Serializes schema.org objects for a &lt;script type="application/ld+json"&gt; block.</summary>
public static class JsonLd
{
    // Vietnamese stays readable, while &lt; &gt; &amp; and quotes are still escaped so that no text can close the script.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A schema.org object: a dictionary keeps "@context" and "@type" as written.</summary>
    public static Dictionary<string, object?> Thing(string type) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = type,
    };

    /// <summary>Adds a property unless its value is empty, so the output carries no nulls.</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> thing, string key, object? value)
    {
        if (value is not null && !(value is string s && string.IsNullOrWhiteSpace(s)))
        {
            thing[key] = value;
        }

        return thing;
    }
}
