using System.Text.Json;
using System.Text.Json.Serialization;
using ParPortal.Json;

namespace ParPortal.Quotas.Model;

/// <summary>JSON settings for plans and plan recipes: camelCase, enums as strings, Vietnamese left unescaped.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(PlanDefinition plan) => JsonSerializer.Serialize(plan, Options);

    public static PlanDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanDefinition>(json, Options) ?? throw new JsonException("Kế hoạch rỗng.");

    // Plans are read and written by people (recipes, the API): indented, and without null members.
    private static JsonSerializerOptions CreateOptions() => PortalJson.ReadOnly(new JsonSerializerOptions(PortalJson.Options)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
