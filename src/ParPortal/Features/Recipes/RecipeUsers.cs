using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Json;
using ParPortal.Features.Users;
using ParPortal.Hosting;

namespace ParPortal.Features.Recipes;

/// <summary>The users step: recipes never carry passwords; users get the configured demo password or a random one.</summary>
public sealed class RecipeUsers(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, ParPortalDbContext db, IOptions<SetupOptions> setup, TimeProvider clock)
{
    public async Task ImportAsync(JsonElement.ArrayEnumerator list, string where, RecipeResult result, CancellationToken ct)
    {
        await EnsureRolesAsync();
        foreach (var element in list)
        {
            var u = element.Deserialize<RecipeUser>(PortalJson.Options) ?? throw new RecipeException($"{where}: mục rỗng.");
            var itemWhere = $"{where}, người dùng “{u.UserName}”";
            if (string.IsNullOrWhiteSpace(u.UserName))
            {
                throw new RecipeException($"{itemWhere}, trường “userName”: bắt buộc.");
            }

            if (await users.FindByNameAsync(u.UserName) is not null)
            {
                result.Skipped++;
                continue;
            }

            foreach (var role in u.Roles.Where(r => !Roles.All.Contains(r)))
            {
                throw new RecipeException($"{itemWhere}, trường “roles”: vai trò “{role}” không tồn tại ({string.Join(", ", Roles.All)}).");
            }

            int? unitId = null;
            if (!string.IsNullOrWhiteSpace(u.Unit))
            {
                unitId = (await db.Units.SingleOrDefaultAsync(x => x.Code == u.Unit, ct))?.Id
                    ?? throw new RecipeException($"{itemWhere}, trường “unit”: không có đơn vị “{u.Unit}”.");
            }

            var user = new PortalUser { UserName = u.UserName, Email = u.Email, DisplayName = u.DisplayName, UnitId = unitId, CreatedUtc = clock.GetUtcNow().UtcDateTime, EmailConfirmed = true };
            var password = string.IsNullOrEmpty(setup.Value.DemoPassword) ? RandomPassword() : setup.Value.DemoPassword;
            Check(await users.CreateAsync(user, password), itemWhere);
            Check(await users.AddToRolesAsync(user, u.Roles), itemWhere);
            result.Count("users");
        }
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public static string RandomPassword() => "Pp-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', 'x').Replace('+', 'y') + "9a";

    private static void Check(IdentityResult r, string where)
    {
        if (!r.Succeeded)
        {
            throw new RecipeException($"{where}: {string.Join(" ", r.Errors.Select(e => e.Description))}");
        }
    }

    private sealed record RecipeUser(string UserName, string? DisplayName, string? Email, List<string> Roles, string? Unit);
}
