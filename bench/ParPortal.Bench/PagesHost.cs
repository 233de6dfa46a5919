extern alias web;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ParPortal.Bench;

/// <summary>
/// The production host (Program.cs, Production environment) in this process, on its own database: it applies the
/// migrations and the demo recipes and gives the benchmark a service provider to add the generated articles and
/// rebuild the search index (pages), or to search the demo (relevance). The pages load itself is served by
/// <see cref="PagesServerProcess"/>, a separate process. SQLite by default; PostgreSQL when given a connection string.
/// </summary>
internal sealed class PagesHost : WebApplicationFactory<web::Program>
{
    private readonly string _dataFolder;
    private readonly string _password;
    private readonly string? _postgres;

    public PagesHost(string dataFolder, string password, string? postgres = null)
    {
        (_dataFolder, _password, _postgres) = (dataFolder, password, postgres);
        // The factory looks for the host's folder next to the solution file unless told; the bench is no test project
        // (no MvcTestingAppManifest.json), so it says where src/ParPortal.Web is.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PARPORTAL_WEB", Path.Combine(RepoRoot(), "src", "ParPortal.Web"));
    }

    /// <summary>The settings of both hosts: same data folder, same recipes (the second start finds them imported).</summary>
    public static Dictionary<string, string?> Settings(string dataFolder, string password) => new()
    {
        ["ParPortal:Database:Provider"] = "Sqlite",
        ["ParPortal:Database:ConnectionString"] = string.Empty,
        ["ParPortal:Database:DataFolder"] = dataFolder,
        ["ParPortal:Setup:AdminPassword"] = password,
        ["ParPortal:Setup:DemoPassword"] = password,
        ["ParPortal:Setup:Recipes:0"] = "setup.json",
        ["ParPortal:Setup:Recipes:1"] = "demo.json",
        ["ParPortal:Setup:Recipes:2"] = "plans/004_252965e07a3718f5.json",
        ["ParPortal:Scheduling:Enabled"] = "false",
        // One client loads the site as hard as it can: the rate limits would measure themselves, not the pages.
        ["ParPortal:RateLimits:Enabled"] = "false",
        ["ParPortal:Media:RootPath"] = Path.Combine(dataFolder, "media"),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
    };

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParPortal.sln not found above " + AppContext.BaseDirectory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = Settings(_dataFolder, _password);
        if (_postgres is not null)
        {
            settings["ParPortal:Database:Provider"] = "Postgres";
            settings["ParPortal:Database:ConnectionString"] = _postgres;
        }
        // Program.cs reads settings when services are resolved; UseSetting puts them in the host's configuration.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }
}
