using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParPortal.Json;

/// <summary>
/// The one JSON dialect of ParPortal, for the API, recipes, plan definitions and JSON columns: the web defaults
/// (camelCase, case-insensitive reading), enums as their names, Vietnamese written as characters, and a type
/// discriminator accepted anywhere in an object because recipes are written by hand. Variants (indented plans,
/// content inputs with their types) start from these options.
/// </summary>
public static class PortalJson
{
    public static JsonSerializerOptions Options { get; } = ReadOnly(Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    /// <summary>Applies the dialect to options that someone else created (ASP.NET Core's HTTP JSON options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.AllowOutOfOrderMetadataProperties = true;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }

        return options;
    }

    /// <summary>Freezes options built from the dialect, so that a shared instance cannot be changed by a caller.</summary>
    public static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
