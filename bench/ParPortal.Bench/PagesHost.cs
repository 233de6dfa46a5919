extern alias web;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ParPortal.Bench;

/// <summary>
/// The production host (Program.cs, Production environment) on Kestrel at 127.0.0.1 with its own SQLite database,
/// plus one bench-only route: the folder in <c>ParPortal:Bench:StaticCeilingFolder</c> served as static files at
/// <c>/__ceiling/</c> by the same Kestrel process, so a page can be compared with the same bytes served from disk.
/// </summary>
internal sealed class PagesHost : WebApplicationFactory<web::Program>
{
    public const string CeilingPath = "/__ceiling";

    private readonly string _dataFolder;
    private readonly string _ceilingFolder;

    public PagesHost(string dataFolder, string ceilingFolder)
    {
        (_dataFolder, _ceilingFolder) = (dataFolder, ceilingFolder);
        // The factory looks for the host's folder next to the solution file unless told; the bench is no test project
        // (no MvcTestingAppManifest.json), so it says where src/ParPortal.Web is.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PARPORTAL_WEB", Path.Combine(RepoRoot(), "src", "ParPortal.Web"));
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private static string RepoRoot()
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
        var password = "Bench-" + Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["ParPortal:Database:Provider"] = "Sqlite",
            ["ParPortal:Database:ConnectionString"] = string.Empty,
            ["ParPortal:Database:DataFolder"] = _dataFolder,
            ["ParPortal:Setup:AdminPassword"] = password,
            ["ParPortal:Setup:DemoPassword"] = password,
            ["ParPortal:Setup:Recipes:0"] = "setup.json",
            ["ParPortal:Setup:Recipes:1"] = "demo.json",
            ["ParPortal:Setup:Recipes:2"] = "plans/004_252965e07a3718f5.json",
            ["ParPortal:Scheduling:Enabled"] = "false",
            ["ParPortal:Media:RootPath"] = Path.Combine(_dataFolder, "media"),
            ["ParPortal:Bench:StaticCeilingFolder"] = _ceilingFolder,
        };
        // Program.cs reads settings when services are resolved; UseSetting puts them in the host's configuration.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, CeilingStartupFilter>());
    }

    /// <summary>Puts the ceiling's static files in front of the whole pipeline (the cheapest path Kestrel offers).</summary>
    private sealed class CeilingStartupFilter(IConfiguration configuration) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            if (configuration["ParPortal:Bench:StaticCeilingFolder"] is { Length: > 0 } folder)
            {
                app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = CeilingPath });
            }

            next(app);
        };
    }
}
