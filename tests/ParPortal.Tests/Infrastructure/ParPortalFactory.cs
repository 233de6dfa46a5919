using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParPortal.Data;

namespace ParPortal.Tests.Infrastructure;

/// <summary>
/// The real host with its own temporary data folder and database, the scheduler off (tests drive it with a fake
/// clock), and only the setup recipe unless a test asks for more. Warnings and errors logged by the server are
/// collected in <see cref="Logs"/> so that tests can fail on them.
/// </summary>
public class ParPortalFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;
    private readonly bool _keepDataFolder;
    private readonly string? _postgres;
    private readonly ParPortalFactory? _firstNode;

    public ParPortalFactory()
        : this(null, sqliteOnly: false)
    {
    }

    /// <param name="dataFolder">An existing data folder to start on (kept on dispose), or null for a new temporary one.</param>
    /// <param name="sqliteOnly">Run on SQLite (and Lucene) whatever PARPORTAL_TEST_PROVIDER says, for tests of the embedded engine.</param>
    protected ParPortalFactory(string? dataFolder, bool sqliteOnly)
    {
        _keepDataFolder = dataFolder is not null;
        _dataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "parportal-tests", Guid.NewGuid().ToString("N"));
        _postgres = TestDatabase.IsPostgres && !sqliteOnly ? TestDatabase.NewPostgresDatabase() : null;
        Directory.CreateDirectory(_dataFolder);
    }

    /// <summary>The site's data folder (database, media, search index).</summary>
    public string DataFolder => _dataFolder;

    /// <summary>Settings a test host adds to (or overrides in) the ones every test host gets.</summary>
    protected virtual void AddSettings(Dictionary<string, string?> settings)
    {
    }

    /// <summary>The PostgreSQL connection string of this factory's database, or null on SQLite.</summary>
    public string? PostgresConnectionString => _postgres;

    /// <summary>
    /// A second node of <paramref name="firstNode"/>'s site: the same database, and its own data folder unless
    /// <paramref name="shareDataFolder"/> (SQLite keeps its key ring there). The first node owns and drops the database.
    /// </summary>
    protected ParPortalFactory(ParPortalFactory firstNode, bool shareDataFolder)
    {
        _firstNode = firstNode;
        _postgres = firstNode._postgres;
        _dataFolder = shareDataFolder ? firstNode._dataFolder : Path.Combine(Path.GetTempPath(), "parportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataFolder);
    }

    /// <summary>Settings a test adds or overrides (Redis, scheduling), applied after the defaults.</summary>
    public Dictionary<string, string?> ExtraSettings { get; } = [];

    /// <summary>First-run recipes, relative to the recipes folder. Override to load the demo.</summary>
    public virtual string[] Recipes => ["setup.json"];

    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));

    public LogCollector Logs { get; } = new();

    public const string AdminPassword = "Admin12345";

    public const string UserPassword = "User12345x";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the RCLs' files under /_content are only mapped when asked for.
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string?>
        {
            ["ParPortal:Database:Provider"] = _postgres is null ? "Sqlite" : "Postgres",
            ["ParPortal:Database:ConnectionString"] = _postgres
                ?? (_firstNode is null ? string.Empty : $"Data Source={Path.Combine(_firstNode._dataFolder, "parportal.db")}"),
            ["ParPortal:Database:DataFolder"] = _dataFolder,
            ["ParPortal:Setup:AdminPassword"] = AdminPassword,
            ["ParPortal:Setup:DemoPassword"] = UserPassword,
            ["ParPortal:Scheduling:Enabled"] = "false",
            ["ParPortal:Media:RootPath"] = Path.Combine(_dataFolder, "media"),
        };
        for (var i = 0; i < Recipes.Length; i++)
        {
            settings[$"ParPortal:Setup:Recipes:{i}"] = Recipes[i];
        }

        AddSettings(settings);
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        // Settings given with UseSetting are visible to everything Program.cs does, including code that reads
        // configuration while it registers services; configuration added later would only reach lazy readers.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(l => l.AddProvider(Logs));
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// Starts the host, then waits until its search index is usable: on SQLite the first start builds the Lucene index
    /// in the background (the search page says so meanwhile), and tests that search right away need it built.
    /// </summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (_firstNode is null || _dataFolder != _firstNode._dataFolder)
        {
            // A second node on the first's data folder finds the Lucene index held by the first (one writer per
            // folder): it logs that and never indexes, so there is nothing to wait for.
            SearchReadiness.WaitAsync(host.Services, TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        }
        return host;
    }

    /// <summary>A fresh scope on the server's services, for arranging and checking data directly.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public ParPortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ParPortalDbContext>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (_postgres is not null && _firstNode is null)
        {
            TestDatabase.DropPostgresDatabase(_postgres);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keepDataFolder || (_firstNode is not null && _dataFolder == _firstNode._dataFolder))
        {
            return;
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is cleaned with the temp folder; it must not fail the test.
        }
    }
}

/// <summary>Another node of a site that a <see cref="ParPortalFactory"/> started (same database; see the constructor).</summary>
public sealed class SecondNodeFactory(ParPortalFactory firstNode, bool shareDataFolder = false) : ParPortalFactory(firstNode, shareDataFolder);

/// <summary>The factory with the demo content and the 2024 plan loaded.</summary>
public sealed class DemoFactory : ParPortalFactory
{
    /// <summary>The first-run recipes of a demo site (the browser tests' hosts load the same).</summary>
    public static readonly string[] DemoRecipes = ["setup.json", "demo.json", "plans/004_252965e07a3718f5.json"];

    public override string[] Recipes => DemoRecipes;
}
