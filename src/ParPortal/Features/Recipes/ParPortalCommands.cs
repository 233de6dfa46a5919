using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Users;

namespace ParPortal.Features.Recipes;

/// <summary>
/// The host's command-line verbs: <c>recipe import &lt;file&gt;</c>, <c>token create &lt;user&gt; &lt;name&gt;</c>,
/// <c>search rebuild</c>. They run against the configured database after migrations, then exit.
/// </summary>
public static class ParPortalCommands
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["recipe import"] = ImportRecipeAsync,
        ["token create"] = CreateTokenAsync,
    };

    /// <summary>Registers another verb (features add theirs, e.g. "search rebuild").</summary>
    public static void Add(string verb, Func<IServiceProvider, string[], Task<int>> run) => Verbs[verb] = run;

    public static bool IsCommand(string[] args) => args.Length >= 2 && Verbs.ContainsKey($"{args[0]} {args[1]}");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().RunAsync();
        try
        {
            return await Verbs[$"{args[0]} {args[1]}"](scope.ServiceProvider, args[2..]);
        }
        catch (RecipeException e)
        {
            await Console.Error.WriteLineAsync("Lỗi: " + e.Message);
            return 1;
        }
    }

    private static async Task<int> ImportRecipeAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("Usage: recipe import <file.json>  (file not found)");
            return 2;
        }

        var result = await services.GetRequiredService<RecipeImporter>().ImportAsync(await File.ReadAllTextAsync(args[0]), "cli",
            Path.GetDirectoryName(Path.GetFullPath(args[0])));
        Console.WriteLine($"Recipe '{result.Name}': {result}.");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("Usage: token create <userName> <tokenName>");
            return 2;
        }

        var user = await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(args[0]);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"No user '{args[0]}'.");
            return 1;
        }

        var (_, secret) = await services.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, args[1], null);
        Console.WriteLine(secret);
        return 0;
    }
}
