using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Recipes;

namespace ParPortal.Hosting;

/// <summary>
/// A command-line verb of the host (<c>dotnet run -- recipe import file.json</c>). Features register theirs with
/// <see cref="CommandVerbs.AddCommandVerb{T}"/>; the verb runs in a scope against the configured database after
/// migrations, and its result is the process exit code.
/// </summary>
public interface ICommandVerb
{
    /// <summary>The two words that name the verb ("recipe import").</summary>
    string Verb { get; }

    /// <summary>The usage line printed when the arguments are wrong.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the verb; returns the exit code (2 for wrong arguments).</summary>
    Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct);
}

/// <summary>Registers and runs command-line verbs.</summary>
public static class CommandVerbs
{
    public static IServiceCollection AddCommandVerb<T>(this IServiceCollection services)
        where T : class, ICommandVerb
    {
        services.AddSingleton<ICommandVerb, T>();
        return services;
    }

    /// <summary>The verb that the arguments name, or null when they name none (the site then runs as usual).</summary>
    public static ICommandVerb? Find(IServiceProvider services, string[] args) =>
        args.Length < 2 ? null : services.GetServices<ICommandVerb>().FirstOrDefault(v => v.Verb == $"{args[0]} {args[1]}");

    /// <summary>Prepares the database (migrations, first-run recipes) and runs the verb.</summary>
    public static async Task<int> RunAsync(WebApplication app, ICommandVerb verb, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().RunAsync();
        try
        {
            return await verb.RunAsync(scope.ServiceProvider, args[2..], app.Lifetime.ApplicationStopping);
        }
        catch (RecipeException e)
        {
            await Console.Error.WriteLineAsync("Lỗi: " + e.Message);
            return 1;
        }
    }
}
