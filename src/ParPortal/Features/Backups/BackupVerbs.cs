using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Hosting;

namespace ParPortal.Features.Backups;

/// <summary><c>backup create &lt;folder&gt;</c>: the whole site into a new folder, while the site keeps running.</summary>
internal sealed class BackupCreateVerb : ICommandVerb
{
    public string Verb => "backup create";

    public string Usage => "backup create <folder>";

    public Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct) =>
        BackupVerb.RunAsync(this, args, "Backup failed: ", async folder =>
        {
            var m = await services.GetRequiredService<SiteBackup>().CreateAsync(folder, ct);
            return $"Backup written to {Path.GetFullPath(folder)}: {m.Provider}, {m.Items} items ({m.PublishedItems} published), {m.MediaFiles} media files, migration {m.Migration}.";
        });
}

/// <summary>
/// <c>backup restore &lt;folder&gt;</c>: puts a backup back in place of the site's database, media and keys. Stop every
/// node first: a node that keeps running would serve and cache what the restore replaces.
/// </summary>
internal sealed class BackupRestoreVerb : ICommandVerb
{
    public string Verb => "backup restore";

    public string Usage => "backup restore <folder>";

    public Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct) =>
        BackupVerb.RunAsync(this, args, "Restore failed: ", async folder =>
        {
            var m = await services.GetRequiredService<SiteBackup>().RestoreAsync(folder, ct);
            return $"Restored the backup of {m.CreatedUtc:yyyy-MM-dd HH:mm} UTC: {m.Items} items, {m.MediaFiles} media files. " +
                "Its configuration files are in its settings folder; compare them with this site's before starting the nodes.";
        });
}

/// <summary>What both verbs share: one folder argument, and a refusal printed for the operator rather than thrown.</summary>
internal static class BackupVerb
{
    public static async Task<int> RunAsync(ICommandVerb verb, string[] args, string failure, Func<string, Task<string>> act)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync($"Usage: {verb.Usage}");
            return 2;
        }

        try
        {
            Console.WriteLine(await act(args[0]));
            return 0;
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync(failure + e.Message);
            return 1;
        }
    }
}

/// <summary>Registration of the backup feature.</summary>
public static class BackupServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section));
        services.AddScoped<SiteBackup>();
        services.AddSingleton<PostgresDatabaseBackup>();
        services.AddCommandVerb<BackupCreateVerb>();
        services.AddCommandVerb<BackupRestoreVerb>();
        return services;
    }
}
