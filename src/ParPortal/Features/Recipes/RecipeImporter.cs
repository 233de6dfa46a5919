using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Media;
using ParPortal.Features.Plans;

namespace ParPortal.Features.Recipes;

/// <summary>
/// Imports a JSON recipe: ordered steps (topics, indexes, units, users, settings, content, plan). The whole file is
/// one transaction: a bad step, item or field rolls everything back and the error says where. Re-importing is
/// idempotent: topics and units are matched by slug and code, users by name, content by its recipe key. Files the
/// recipe ships beside itself go into the media library (<see cref="RecipeFiles"/>).
/// </summary>
public sealed partial class RecipeImporter(
    ParPortalDbContext db,
    ContentManager content,
    ContentInputMapper mapper,
    RecipeUsers users,
    PlanDefinitionCheck planCheck,
    ContentTypeRegistry types,
    MediaStore media,
    TimeProvider clock,
    ILogger<RecipeImporter> log)
{
    /// <summary>Imports <paramref name="json"/>; returns how many things were created.</summary>
    public Task<RecipeResult> ImportAsync(string json, string actor, CancellationToken ct = default) => ImportAsync(json, actor, null, ct);

    /// <summary>
    /// Imports <paramref name="json"/>, reading the files it names by a relative path from <paramref name="filesFolder"/>
    /// (the recipe's own folder); returns how many things were created.
    /// </summary>
    public async Task<RecipeResult> ImportAsync(string json, string actor, string? filesFolder, CancellationToken ct = default)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RecipeException($"Tệp công thức không phải JSON hợp lệ (dòng {e.LineNumber + 1}): {e.Message}", e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            var name = root.TryGetProperty("name", out var n) ? n.GetString() ?? "recipe" : "recipe";
            if (!root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
            {
                throw new RecipeException("Tệp công thức thiếu mảng “steps”.");
            }

            var result = new RecipeResult(name);
            var files = new RecipeFiles(db, media, filesFolder);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var index = 0;
                foreach (var step in steps.EnumerateArray())
                {
                    index++;
                    var kind = step.TryGetProperty("step", out var k) ? k.GetString() : null;
                    var where = $"Bước {index} ({kind ?? "?"})";
                    await RunStepAsync(kind, step, where, result, actor, files, ct);
                }

                db.RecipeRuns.Add(new Recipes.RecipeRun
                {
                    Name = name,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
                    ImportedUtc = clock.GetUtcNow().UtcDateTime,
                    ImportedBy = actor,
                });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch
            {
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                // Nothing half-saved: the media rows went with the transaction, their files go now.
                files.DeleteStored();
                throw;
            }

            log.LogDebug("Recipe {Name} imported: {Result}", name, result);
            return result;
        }
    }

    private Task RunStepAsync(string? kind, JsonElement step, string where, RecipeResult result, string actor, RecipeFiles files,
        CancellationToken ct) => kind switch
    {
        "topics" => ImportTopicsAsync(Array(step, "topics", where), where, result, ct),
        "indexes" => ImportIndexesAsync(Array(step, "indexes", where), where, result, ct),
        "units" => ImportUnitsAsync(Array(step, "units", where), where, result, ct),
        "users" => users.ImportAsync(Array(step, "users", where), where, result, ct),
        "settings" => ImportSettingsAsync(step, where, ct),
        "content" => ImportContentAsync(Array(step, "items", where), where, result, actor, files, ct),
        "plan" => ImportPlanAsync(step, where, result, actor, ct),
        _ => throw new RecipeException($"{where}: loại bước “{kind}” không được hỗ trợ (topics, indexes, units, users, settings, content, plan)."),
    };

    private static JsonElement.ArrayEnumerator Array(JsonElement step, string property, string where) =>
        step.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray()
            : throw new RecipeException($"{where}: thiếu mảng “{property}”.");

    private T Read<T>(JsonElement element, string where)
    {
        try
        {
            return element.Deserialize<T>(types.Json) ?? throw new RecipeException($"{where}: mục rỗng.");
        }
        catch (JsonException e)
        {
            throw new RecipeException($"{where}, trường “{e.Path?.TrimStart('$', '.')}”: giá trị không đúng định dạng.", e);
        }
        catch (NotSupportedException e)
        {
            throw new RecipeException($"{where}: thiếu hoặc sai loại nội dung (type).", e);
        }
    }

    /// <summary>Runs an action and re-throws content errors with the step and item they belong to.</summary>
    private static async Task Located(string where, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (ContentValidationException e)
        {
            var first = e.Errors.First();
            throw new RecipeException($"{where}, trường “{first.Key}”: {string.Join(" ", first.Value)}", e);
        }
        catch (ContentRuleException e)
        {
            throw new RecipeException($"{where}, trường “{e.Field}”: {e.Message}", e);
        }
    }
}

/// <summary>What an import created (existing things are left as they are).</summary>
public sealed class RecipeResult(string name)
{
    public string Name { get; } = name;

    public int Created { get; private set; }

    public int Skipped { get; set; }

    /// <summary>What was created, by kind ("units", "users", "Article", "Procedure"…).</summary>
    public SortedDictionary<string, int> CreatedByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Records one created thing of a kind.</summary>
    public void Count(string kind)
    {
        Created++;
        CreatedByKind[kind] = CreatedByKind.GetValueOrDefault(kind) + 1;
    }

    public override string ToString() =>
        $"{Created} created{(CreatedByKind.Count == 0 ? "" : $" ({string.Join(", ", CreatedByKind.Select(k => $"{k.Value} {k.Key}"))})")}, {Skipped} already present";
}
