using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Users;
using ParPortal.Hosting;

namespace ParPortal.Features.Recipes;

/// <summary>
/// Brings a database up to date at start-up: applies migrations, creates the roles and the <c>admin</c> user, and
/// imports the first-run recipes (by default setup, demo and the 2024 plan) once each.
/// </summary>
public sealed class FirstRunSetup(
    ParPortalDbContext db,
    UserManager<PortalUser> users,
    RecipeUsers recipeUsers,
    RecipeImporter importer,
    IOptions<SetupOptions> options,
    TimeProvider clock,
    IEnumerable<IDatabaseInitializer> initializers,
    IClusterLock clusterLock,
    ILogger<FirstRunSetup> log)
{
    public static readonly string[] DefaultRecipes = ["setup.json"];

    /// <summary>
    /// Migrates, creates the admin and imports the recipes not yet imported, saying what it does at each step: on a
    /// first run this takes a while (the demo recipe is a few hundred items), and a newcomer must never wait on a
    /// silent terminal.
    /// </summary>
    public async Task RunAsync(CancellationToken ct = default)
    {
        // Nodes starting together take turns: one migrates and imports, the others then find everything done.
        await using var turn = await clusterLock.AcquireAsync("first-run", ct);
        await MigrateAsync(ct);
        await recipeUsers.EnsureRolesAsync();
        await EnsureAdminAsync();
        var folder = RecipesFolder(options.Value);
        var recipes = options.Value.Recipes.Count > 0 ? options.Value.Recipes : [.. DefaultRecipes];
        var pending = new List<(string Recipe, string Path)>();
        foreach (var recipe in recipes)
        {
            var path = Path.Combine(folder, recipe);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"First-run recipe not found: {path} (ParPortal:Setup:Recipes).");
            }

            var name = Path.GetFileName(recipe);
            if (!await db.RecipeRuns.AnyAsync(r => r.Name == name || r.Name == recipe, ct))
            {
                pending.Add((recipe, path));
            }
        }

        for (var i = 0; i < pending.Count; i++)
        {
            var (recipe, path) = pending[i];
            log.LogInformation("Importing recipe {Recipe} ({Number}/{Count})…", recipe, i + 1, pending.Count);
            var watch = Stopwatch.StartNew();
            var json = await File.ReadAllTextAsync(path, ct);
            var result = await importer.ImportAsync(json, "setup", Path.GetDirectoryName(path), ct);
            // Record the run under the file name too, so that renaming the recipe's "name" does not re-run it.
            db.RecipeRuns.Add(new RecipeRun { Name = recipe, Sha256 = "-", ImportedUtc = clock.GetUtcNow().UtcDateTime, ImportedBy = "setup" });
            await db.SaveChangesAsync(ct);
            log.LogInformation("Recipe {Recipe}: {Result} in {Seconds:0.0} s.", recipe, result, watch.Elapsed.TotalSeconds);
        }
    }

    /// <summary>Creates or updates the database, saying which and where (never the password).</summary>
    private async Task MigrateAsync(CancellationToken ct)
    {
        var where = Describe(db);
        var pending = (await PendingMigrationsAsync(ct)).Count;
        var all = db.Database.GetMigrations().Count();
        var watch = Stopwatch.StartNew();
        if (pending == all)
        {
            log.LogInformation("Creating the database ({Where}): applying {Count} migrations…", where, pending);
        }
        else if (pending > 0)
        {
            log.LogInformation("Updating the database ({Where}): applying {Count} new migration(s)…", where, pending);
        }

        await db.Database.MigrateAsync(ct);
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(db, ct);
        }

        log.LogInformation(pending > 0 ? "Database ready ({Where}) in {Seconds:0.0} s." : "Database up to date ({Where}).",
            where, watch.Elapsed.TotalSeconds);
    }

    private async Task<List<string>> PendingMigrationsAsync(CancellationToken ct)
    {
        try
        {
            return (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        }
        catch (DbException)
        {
            // PostgreSQL answers "database does not exist" before the first run; Migrate creates it.
            return db.Database.GetMigrations().ToList();
        }
    }

    /// <summary>"SQLite App_Data/parportal.db" or "PostgreSQL parportal on 127.0.0.1": where, without credentials.</summary>
    private static string Describe(ParPortalDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return db.Database.IsSqlite()
            ? $"SQLite {connection.DataSource}"
            : $"PostgreSQL {connection.Database} on {connection.DataSource}";
    }

    /// <summary>
    /// The last line of start-up: where the site answers, where the admin is and how to log in. In Development the
    /// configured demo password is shown (it is in appsettings.Development.json anyway); elsewhere only where it is set.
    /// </summary>
    public static void AnnounceReady(ILogger log, IReadOnlyCollection<string> addresses, SetupOptions options, bool isDevelopment)
    {
        var site = addresses.FirstOrDefault()?.TrimEnd('/');
        var password = isDevelopment && !string.IsNullOrEmpty(options.AdminPassword)
            ? $"password {options.AdminPassword}"
            : "password from ParPortal:Setup:AdminPassword, or the one logged when the account was created";
        if (site is null)
        {
            log.LogInformation("ParPortal is ready. Admin at /admin: user admin, {Password}.", password);
            return;
        }

        log.LogInformation("ParPortal is ready at {Addresses}. Admin: {Admin} (user admin, {Password}).",
            string.Join(", ", addresses), site + "/admin", password);
    }

    /// <summary>The folder recipes are read from: configured, or the copy next to the host.</summary>
    public static string RecipesFolder(SetupOptions options) =>
        !string.IsNullOrWhiteSpace(options.RecipesFolder) ? options.RecipesFolder : Path.Combine(AppContext.BaseDirectory, "recipes");

    private async Task EnsureAdminAsync()
    {
        if (await users.FindByNameAsync("admin") is not null)
        {
            return;
        }

        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = RecipeUsers.RandomPassword();
        }

        var admin = new PortalUser { UserName = "admin", DisplayName = "Quản trị hệ thống", CreatedUtc = clock.GetUtcNow().UtcDateTime, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Cannot create the admin user: " + string.Join(" ", created.Errors.Select(e => e.Description)) +
                " Set ParPortal:Setup:AdminPassword to a password of at least 10 characters with upper and lower case letters and a digit.");
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
        if (generated)
        {
            // Written once, on the run that creates the account; it is never stored in clear anywhere else.
            log.LogWarning("Created user 'admin' with the generated password: {Password}  (change it after logging in)", password);
        }
    }
}
