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

    // Plans are read and written by people (recipes, the admin form): indented, without null members, and read
    // through the input boundary (stored definitions were written by this dialect, so they read back unchanged).
    private static JsonSerializerOptions CreateOptions() => PortalJson.ReadOnly(PortalJson.ConfigureInput(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    }));
}
