using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParPortal.Hosting;

namespace ParPortal.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ParPortalDbContext"/> on the configured provider. Fails fast when PostgreSQL is chosen
    /// without a connection string.
    /// </summary>
    public static IServiceCollection AddParPortalData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        var dataFolder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.DataFolder));
        Directory.CreateDirectory(dataFolder);

        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException(
                        "ParPortal:Database:Provider is Postgres but ParPortal:Database:ConnectionString is empty.");
                }

                services.AddDbContext<ParPortalDbContext, PostgresParPortalDbContext>(o => o.UseNpgsql(options.ConnectionString));
                break;
            default:
                var cs = string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "parportal.db") }.ToString()
                    : options.ConnectionString;
                services.AddDbContext<ParPortalDbContext, SqliteParPortalDbContext>(o => o
                    .UseSqlite(cs)
                    .AddInterceptors(new SqlitePragmaInterceptor()));
                break;
        }

        return services;
    }
}
