using Microsoft.Extensions.DependencyInjection;
using ParPortal.Hosting;

namespace ParPortal.Features.Recipes;

/// <summary><c>recipe import &lt;file.json&gt;</c>: imports a recipe (idempotent; the whole file or nothing).</summary>
internal sealed class RecipeImportVerb : ICommandVerb
{
    public string Verb => "recipe import";

    public string Usage => "recipe import <file.json>";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}  (file not found)");
            return 2;
        }

        // Files the recipe names by a relative path are read from beside it.
        var result = await services.GetRequiredService<RecipeImporter>().ImportAsync(await File.ReadAllTextAsync(args[0], ct), "cli",
            Path.GetDirectoryName(Path.GetFullPath(args[0])), ct);
        Console.WriteLine($"Recipe '{result.Name}': {result}.");
        return 0;
    }
}
