using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ParPortal.Hosting;

namespace ParPortal.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ParPortalDbContext"/> on the configured provider. Options are read when the context is
    /// first resolved, not at registration, so that configuration added later (a test host, a second JSON file)
    /// is honoured. A PostgreSQL provider without a connection string fails with a message naming the setting.
    /// </summary>
    public static IServiceCollection AddParPortalData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "ParPortal:Database:Provider is Postgres but ParPortal:Database:ConnectionString is empty.")
            .ValidateOnStart();

        services.AddDbContext<SqliteParPortalDbContext>((sp, o) =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var cs = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataFolder(sp), "parportal.db") }.ToString()
                : options.ConnectionString;
            o.UseSqlite(cs).AddInterceptors(new SqlitePragmaInterceptor());
        });
        services.AddDbContext<PostgresParPortalDbContext>((sp, o) =>
            o.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddScoped<ParPortalDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresParPortalDbContext>()
                : sp.GetRequiredService<SqliteParPortalDbContext>());
        return services;
    }

    /// <summary>The absolute data folder (created if missing).</summary>
    public static string DataFolder(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var folder = Path.GetFullPath(Path.Combine(root, options.DataFolder));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
