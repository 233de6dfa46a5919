using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParPortal.Features.Recipes;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Recipes;

/// <summary>The first run says what it does: the database, each recipe with its counts, then the address and the login.</summary>
public sealed class FirstRunProgressTests
{
    /// <summary>The real host on Kestrel (so that it has an address to announce), collecting its information log.</summary>
    private sealed class ListeningFactory : ParPortalFactory
    {
        public LogCollector Progress { get; } = new(LogLevel.Information);

        public ListeningFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(Progress));
        }
    }

    private static List<string> Lines(ListeningFactory factory) =>
        factory.Progress.Entries.Where(e => e.Contains("ParPortal.Features.Recipes.FirstRunSetup", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task FirstRun_LogsDatabaseRecipesAddressAndLogin_WhenDatabaseIsNew()
    {
        await using var factory = new ListeningFactory();
        factory.StartServer();

        var lines = Lines(factory);
        int At(string text) => lines.FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        var creating = At("Creating the database (");
        var ready = At("Database ready (");
        var importing = At("Importing recipe setup.json (1/1)");
        var imported = At("Recipe setup.json: ");
        var listening = At("ParPortal is ready at http://127.0.0.1:");
        Assert.True(creating >= 0 && creating < ready && ready < importing && importing < imported && imported < listening,
            "Progress missing or out of order:\n" + string.Join("\n", lines));
        Assert.Contains(TestDatabase.IsPostgres ? "PostgreSQL" : "SQLite", lines[creating]);
        Assert.DoesNotContain("Password=", string.Join("\n", lines), StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"Recipe setup\.json: \d+ created \(.*\d+ topics.*\), 0 already present in \d+\.\d s\.", lines[imported]);
        Assert.Matches(@"Admin: http://127\.0\.0\.1:\d+/admin \(user admin, password from ParPortal:Setup:AdminPassword", lines[listening]);
    }

    [Fact]
    public async Task NextRun_SaysDatabaseIsUpToDateAndImportsNothing_WhenEverythingIsDone()
    {
        await using var factory = new ListeningFactory();
        factory.StartServer();
        factory.Progress.Entries.Clear();

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().RunAsync();
        }

        var lines = Lines(factory);
        Assert.Contains(lines, l => l.Contains("Database up to date (", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Importing recipe", StringComparison.Ordinal) || l.Contains("Creating the database", StringComparison.Ordinal));
    }
}
