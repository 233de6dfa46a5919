using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParPortal.Quotas.Model;

/// <summary>JSON settings for plans and plan recipes: camelCase, enums as strings, Vietnamese left unescaped.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(PlanDefinition plan) => JsonSerializer.Serialize(plan, Options);

    public static PlanDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanDefinition>(json, Options) ?? throw new JsonException("Kế hoạch rỗng.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // Recipes are written by hand: the discriminator need not come first.
            AllowOutOfOrderMetadataProperties = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
