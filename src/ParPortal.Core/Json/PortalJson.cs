using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

    /// <summary>
    /// The dialect for what people and other systems send (API bodies, recipes, plan definitions): strings pass the
    /// input boundary (<see cref="InputStringConverter"/>) and enums accept only their defined names
    /// (<see cref="DefinedEnumConverterFactory"/>). Added before <see cref="Configure"/>, so these converters win.
    /// </summary>
    public static JsonSerializerOptions ConfigureInput(JsonSerializerOptions options)
    {
        if (!options.Converters.Any(c => c is InputStringConverter))
        {
            options.Converters.Insert(0, new InputStringConverter());
            options.Converters.Insert(1, new DefinedEnumConverterFactory());
            options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(InputNulls.RefuseForRequired);
        }

        return Configure(options);
    }

    /// <summary>Freezes options built from the dialect, so that a shared instance cannot be changed by a caller.</summary>
    public static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
