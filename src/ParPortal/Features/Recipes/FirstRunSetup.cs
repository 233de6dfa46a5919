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

    public async Task RunAsync(CancellationToken ct = default)
    {
        // Nodes starting together take turns: one migrates and imports, the others then find everything done.
        await using var turn = await clusterLock.AcquireAsync("first-run", ct);
        await db.Database.MigrateAsync(ct);
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(db, ct);
        }

        await recipeUsers.EnsureRolesAsync();
        await EnsureAdminAsync();
        var folder = RecipesFolder(options.Value);
        foreach (var recipe in options.Value.Recipes.Count > 0 ? options.Value.Recipes : [.. DefaultRecipes])
        {
            var path = Path.Combine(folder, recipe);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"First-run recipe not found: {path} (ParPortal:Setup:Recipes).");
            }

            var name = Path.GetFileName(recipe);
            if (await db.RecipeRuns.AnyAsync(r => r.Name == name || r.Name == recipe, ct))
            {
                continue;
            }

            var json = await File.ReadAllTextAsync(path, ct);
            var result = await importer.ImportAsync(json, "setup", ct);
            // Record the run under the file name too, so that renaming the recipe's "name" does not re-run it.
            db.RecipeRuns.Add(new RecipeRun { Name = recipe, Sha256 = "-", ImportedUtc = clock.GetUtcNow().UtcDateTime, ImportedBy = "setup" });
            await db.SaveChangesAsync(ct);
            log.LogInformation("First-run recipe {Recipe}: {Result}", recipe, result);
        }
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
