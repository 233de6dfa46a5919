using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Hosting;

namespace ParPortal.Features.Backups;

/// <summary><c>backup create &lt;folder&gt;</c>: the whole site into a new folder, while the site keeps running.</summary>
internal sealed class BackupCreateVerb : ICommandVerb
{
    public string Verb => "backup create";

    public string Usage => "backup create <folder>";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        try
        {
            var m = await services.GetRequiredService<SiteBackup>().CreateAsync(args[0], ct);
            Console.WriteLine($"Backup written to {Path.GetFullPath(args[0])}: {m.Provider}, {m.Items} items ({m.PublishedItems} published), {m.MediaFiles} media files, migration {m.Migration}.");
            return 0;
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync("Backup failed: " + e.Message);
            return 1;
        }
    }
}

/// <summary>
/// <c>backup restore &lt;folder&gt;</c>: puts a backup back in place of the site's database, media and keys. Stop every
/// node first: a node that keeps running would serve and cache what the restore replaces.
/// </summary>
internal sealed class BackupRestoreVerb : ICommandVerb
{
    public string Verb => "backup restore";

    public string Usage => "backup restore <folder>";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        try
        {
            var m = await services.GetRequiredService<SiteBackup>().RestoreAsync(args[0], ct);
            Console.WriteLine($"Restored the backup of {m.CreatedUtc:yyyy-MM-dd HH:mm} UTC: {m.Items} items, {m.MediaFiles} media files. " +
                "Its configuration files are in its settings folder; compare them with this site's before starting the nodes.");
            return 0;
        }
        catch (BackupException e)
        {
            await Console.Error.WriteLineAsync("Restore failed: " + e.Message);
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
