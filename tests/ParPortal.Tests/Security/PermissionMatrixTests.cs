using System.Net;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>
/// Every role (and anonymous) against every admin page and API endpoint, expected outcomes derived from
/// <see cref="Roles.PermissionsOf"/>: a page refuses anonymous users with a redirect to the login and other roles
/// with a redirect to /admin/denied; the API answers 401 and 403.
/// </summary>
public sealed class PermissionMatrixTests
{
    private static readonly string?[] Everyone = [null, Roles.Administrator, Roles.Editor, Roles.Contributor, Roles.Office];

    private static readonly (string Url, string Permission)[] Pages =
    [
        ("/admin", Permissions.ViewAdmin),
        ("/admin/content", Permissions.ViewAdmin),
        ("/admin/audit", Permissions.ViewAuditLog),
        ("/admin/users", Permissions.ManageUsers),
        ("/admin/users/new", Permissions.ManageUsers),
        ("/admin/roles", Permissions.ManageUsers),
        ("/admin/units", Permissions.ManageUnits),
        ("/admin/units/edit", Permissions.ManageUnits),
        ("/admin/topics", Permissions.ManageTopics),
        ("/admin/tokens", Permissions.ManageOwnApiTokens),
        ("/admin/settings", Permissions.ManageSettings),
        ("/admin/content/new/Article", Permissions.EditOwnUnitContent),
    ];

    private static bool Has(string? role, string permission) => role is not null && Roles.PermissionsOf[role].Contains(permission);

    private static async Task<Dictionary<string, string>> CreateRoleUsersAsync(ParPortalFactory factory)
    {
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("m-editor", Roles.Editor);
        await factory.CreateUserAsync("m-contributor", Roles.Contributor, AdminTestData.UnitA);
        await factory.CreateUserAsync("m-office", Roles.Office);
        return new()
        {
            [Roles.Administrator] = "admin",
            [Roles.Editor] = "m-editor",
            [Roles.Contributor] = "m-contributor",
            [Roles.Office] = "m-office",
        };
    }

    [Fact]
    public async Task AdminPages_AllowOrRefuse_ByRolePermission()
    {
        using var factory = new ParPortalFactory();
        var users = await CreateRoleUsersAsync(factory);
        foreach (var role in Everyone)
        {
            using var client = role is null
                ? factory.CreateClient(new() { AllowAutoRedirect = false })
                : await factory.LoginAsync(users[role]);
            foreach (var (url, permission) in Pages)
            {
                var response = await client.GetAsync(url);
                var who = role ?? "anonymous";
                if (Has(role, permission))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who} GET {url}: expected 200, got {(int)response.StatusCode}");
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{who} GET {url}: expected a redirect, got {(int)response.StatusCode}");
                    var expected = role is null ? "/admin/login" : "/admin/denied";
                    Assert.True(response.Headers.Location!.AbsolutePath == expected, $"{who} GET {url}: redirected to {response.Headers.Location}, expected {expected}");
                }
            }
        }
    }

    [Fact]
    public async Task ContentApi_AllowOrRefuse_ByRolePermission()
    {
        using var factory = new ParPortalFactory();
        var users = await CreateRoleUsersAsync(factory);
        var future = factory.Clock.GetUtcNow().AddDays(2).ToString("O");
        foreach (var role in Everyone)
        {
            var who = role ?? "anonymous";
            // Each role acts on its own item in the contributor's unit, going through the whole lifecycle in order.
            var id = await factory.CreateHotlineAsync($"Đường dây nóng của {who}", AdminTestData.UnitA);
            using var api = role is null ? factory.CreateClient() : await factory.ApiClientAsync(users[role]);
            var steps = new (string Name, Func<Task<HttpResponseMessage>> Call, string? Permission, HttpStatusCode Ok)[]
            {
                ("list", () => api.GetAsync("/api/content"), null, HttpStatusCode.OK),
                ("get draft", () => api.GetAsync($"/api/content/{id}"), Permissions.ViewAdmin, HttpStatusCode.OK),
                ("versions", () => api.GetAsync($"/api/content/{id}/versions"), Permissions.ViewAdmin, HttpStatusCode.OK),
                ("create", () => api.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson($"Mới của {who}", AdminTestData.UnitA))), Permissions.EditOwnUnitContent, HttpStatusCode.Created),
                ("update", () => api.PutAsync($"/api/content/{id}", AdminTestData.Json($$"""{"baseVersion":1,"content":{{AdminTestData.HotlineJson($"Sửa của {who}", AdminTestData.UnitA)}}}""")), Permissions.EditOwnUnitContent, HttpStatusCode.OK),
                ("submit", () => api.PostAsync($"/api/content/{id}/submit", null), Permissions.SubmitContent, HttpStatusCode.OK),
                ("publish", () => api.PostAsync($"/api/content/{id}/publish", null), Permissions.PublishContent, HttpStatusCode.OK),
                ("unpublish", () => api.PostAsync($"/api/content/{id}/unpublish", null), Permissions.PublishContent, HttpStatusCode.OK),
                ("schedule", () => api.PostAsync($"/api/content/{id}/schedule", AdminTestData.Json($$"""{"publishAt":"{{future}}"}""")), Permissions.PublishContent, HttpStatusCode.NoContent),
                ("archive", () => api.PostAsync($"/api/content/{id}/archive", null), Permissions.PublishContent, HttpStatusCode.OK),
                ("restore", () => api.PostAsync($"/api/content/{id}/versions/1/restore", null), Permissions.EditOwnUnitContent, HttpStatusCode.OK),
                ("delete", () => api.DeleteAsync($"/api/content/{id}"), Permissions.DeleteContent, HttpStatusCode.NoContent),
            };
            foreach (var (name, call, permission, ok) in steps)
            {
                var response = await call();
                var body = await response.Content.ReadAsStringAsync();
                var expected = permission is null || Has(role, permission) ? ok : role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                // Anonymous readers see a draft as missing rather than forbidden.
                if (name == "get draft" && role is null)
                {
                    expected = HttpStatusCode.NotFound;
                }

                Assert.True(response.StatusCode == expected, $"{who} {name}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
            }
        }
    }

    [Fact]
    public async Task TaxonomyApi_AllowOrRefuse_ByRolePermission()
    {
        using var factory = new ParPortalFactory();
        var users = await CreateRoleUsersAsync(factory);
        foreach (var role in Everyone)
        {
            var who = role ?? "anonymous";
            var slug = "chu-de-" + (role ?? "anonymous").ToLowerInvariant();
            using var api = role is null ? factory.CreateClient() : await factory.ApiClientAsync(users[role]);
            var create = await api.PostAsync("/api/topics", AdminTestData.Json($$"""{"name":"Chủ đề của {{who}}","slug":"{{slug}}"}"""));
            var expected = Has(role, Permissions.ManageTopics) ? HttpStatusCode.Created : role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(create.StatusCode == expected, $"{who} POST /api/topics: expected {(int)expected}, got {(int)create.StatusCode}");

            var rename = await api.PutAsync("/api/topics/1", AdminTestData.Json("""{"name":"Chỉ đạo, điều hành"}"""));
            expected = Has(role, Permissions.ManageTopics) ? HttpStatusCode.OK : role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(rename.StatusCode == expected, $"{who} PUT /api/topics/1: expected {(int)expected}, got {(int)rename.StatusCode}");

            var unit = await api.PostAsync("/api/units", AdminTestData.Json($$"""{"code":"U-{{who}}","name":"Đơn vị của {{who}}","validFrom":"2025-07-01"}"""));
            expected = Has(role, Permissions.ManageUnits) ? HttpStatusCode.Created : role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(unit.StatusCode == expected, $"{who} POST /api/units: expected {(int)expected}, got {(int)unit.StatusCode}");
        }
    }

    [Fact]
    public async Task ContentApi_Returns403ToContributor_WhenItemBelongsToAnotherUnit()
    {
        using var factory = new ParPortalFactory();
        var users = await CreateRoleUsersAsync(factory);
        var other = await factory.CreateHotlineAsync("Đường dây nóng của đơn vị B", AdminTestData.UnitB);
        using var api = await factory.ApiClientAsync(users[Roles.Contributor]);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsync($"/api/content/{other}", AdminTestData.Json($$"""{"baseVersion":1,"content":{{AdminTestData.HotlineJson("Sửa", AdminTestData.UnitB)}}}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/content/{other}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/content/{other}/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/content/{other}/versions/1/restore", null)).StatusCode);
        // Creating into another unit, or moving an own item there, is refused too.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson("Mới", AdminTestData.UnitB)))).StatusCode);
        // The other unit's draft is not visible at all.
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/content/{other}")).StatusCode);

        using var admin = await factory.LoginAsync(users[Roles.Contributor]);
        var page = await admin.GetAsync($"/admin/content/{other}/edit");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/admin/denied", page.Headers.Location!.AbsolutePath);
    }
}
