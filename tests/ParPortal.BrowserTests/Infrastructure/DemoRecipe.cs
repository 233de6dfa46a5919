using System.Text.Json.Nodes;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>Expected values read from recipes/demo.json, so the tests follow the demo content instead of copying it.</summary>
public static class DemoRecipe
{
    private static readonly Lazy<JsonArray> Items = new(() =>
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Recipes, "demo.json")))!;
        var items = new JsonArray();
        foreach (var step in root["steps"]!.AsArray().Where(s => (string?)s!["step"] == "content"))
        {
            foreach (var item in step!["items"]!.AsArray())
            {
                items.Add(item!.DeepClone());
            }
        }

        return items;
    });

    public static IEnumerable<JsonNode> OfType(string type) => Items.Value.Where(i => (string?)i!["type"] == type).Select(i => i!);

    public static JsonNode ByTitle(string type, string title) => OfType(type).Single(i => (string?)i["title"] == title);

    /// <summary>Keeps only the digits of a phone number, e.g. "0233 3852 001" → "02333852001".</summary>
    public static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());
}
