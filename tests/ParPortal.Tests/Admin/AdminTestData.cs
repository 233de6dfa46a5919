using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Api;
using ParPortal.Features.Content;
using ParPortal.Features.Hotlines;
using ParPortal.Features.Units;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Admin;

/// <summary>Data the admin, API and security tests make for themselves: two units and hotline items in them.</summary>
public static class AdminTestData
{
    public const string UnitA = "TEST-A";
    public const string UnitB = "TEST-B";

    public static async Task SeedUnitsAsync(this ParPortalFactory factory)
    {
        await using var scope = factory.Scope();
        var units = scope.ServiceProvider.GetRequiredService<UnitService>();
        await units.UpsertAsync(new UnitDto(0, UnitA, "Phòng thử nghiệm A", "Phòng", null, new DateOnly(2025, 7, 1), null, null), default);
        await units.UpsertAsync(new UnitDto(0, UnitB, "Phòng thử nghiệm B", "Phòng", null, new DateOnly(2025, 7, 1), null, null), default);
    }

    /// <summary>Creates a user once per factory (tests sharing a factory ask for the same helper users).</summary>
    public static async Task EnsureUserAsync(this ParPortalFactory factory, string userName, string role, string? unitCode = null)
    {
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ParPortal.Features.Users.PortalUser>>();
            if (await users.FindByNameAsync(userName) is not null)
            {
                return;
            }
        }

        await factory.CreateUserAsync(userName, role, unitCode);
    }

    /// <summary>A draft hotline in a unit, made through the content manager (as any path would).</summary>
    public static async Task<Guid> CreateHotlineAsync(this ParPortalFactory factory, string title, string? unitCode, bool publish = false)
    {
        await using var scope = factory.Scope();
        var mapper = scope.ServiceProvider.GetRequiredService<ContentInputMapper>();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var input = new HotlineInput { Title = title, Unit = unitCode, Purpose = "Tiếp nhận phản ánh về thủ tục hành chính", Phones = ["0236 3822 123"] };
        var version = input.NewVersion();
        await mapper.ApplyAsync(input, version);
        var item = await manager.CreateAsync(version, null, "test");
        if (publish)
        {
            await manager.PublishAsync(item.Id, "test");
        }

        return item.Id;
    }

    /// <summary>A hotline as the API takes it.</summary>
    public static string HotlineJson(string title, string? unit, string phone = "0236 3822 123") =>
        System.Text.Json.JsonSerializer.Serialize(new { type = "Hotline", title, unit, purpose = "Tiếp nhận phản ánh", phones = new[] { phone } });

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
