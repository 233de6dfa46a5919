using System.Text.Json;
using ParPortal.Quotas.Model;

namespace ParPortal.Quotas.Recipes;

/// <summary>A unit declared by a recipe's <c>units</c> step.</summary>
public sealed record RecipeUnit
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Free label such as "Sở", "Phòng", "Trung tâm", "Trường".</summary>
    public string? Kind { get; init; }

    public string? Parent { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public IReadOnlyList<string> Successors { get; init; } = [];
}

/// <summary>
/// The parts of a recipe file (<c>{ name, description, steps: [...] }</c>) that concern plans: every
/// <c>units</c> step and every <c>plan</c> step. Other step kinds are left to their own importers.
/// </summary>
public sealed record PlanRecipe(string Name, string Description, IReadOnlyList<RecipeUnit> Units, IReadOnlyList<PlanDefinition> Plans)
{
    public static PlanRecipe Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var name = root.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var description = root.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
        var units = new List<RecipeUnit>();
        var plans = new List<PlanDefinition>();
        if (root.TryGetProperty("steps", out var steps))
        {
            foreach (var step in steps.EnumerateArray())
            {
                switch (step.TryGetProperty("step", out var kind) ? kind.GetString() : null)
                {
                    case "units":
                        units.AddRange(step.GetProperty("units").Deserialize<List<RecipeUnit>>(PlanJson.Options) ?? []);
                        break;
                    case "plan":
                        plans.Add(step.GetProperty("plan").Deserialize<PlanDefinition>(PlanJson.Options)
                            ?? throw new JsonException("Bước \"plan\" rỗng."));
                        break;
                }
            }
        }
        return new PlanRecipe(name, description, units, plans);
    }
}
