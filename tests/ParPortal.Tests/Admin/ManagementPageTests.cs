using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Users;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Admin;

/// <summary>The management pages through their real forms: users, units, topics, settings and the audit log.</summary>
public sealed class ManagementPageTests(AdminHost host) : IClassFixture<AdminHost>
{
    private static async Task<string> ErrorNextToAsync(HttpResponseMessage response, string id)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).GetElementById(id)?.TextContent.Trim() ?? string.Empty;
    }

    private async Task<PortalUser?> FindUserAsync(string name)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(name);
    }

    [Fact]
    public async Task CreateUser_SavesRolesAndUnit_WhenValid()
    {
        var admin = await host.AdminClientAsync();
        int unitId;
        await using (var scope = host.Scope())
        {
            unitId = host.Db(scope).Units.Single(u => u.Code == AdminTestData.UnitA).Id;
        }

        var response = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["Input.UserName"] = "ctv.moi",
            ["Input.DisplayName"] = "Cộng tác viên mới",
            ["Input.Email"] = "ctv@example.gov.vn",
            ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Roles"] = Roles.Contributor,
            ["Input.Password"] = "MatKhau12345",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await FindUserAsync("ctv.moi");
        Assert.NotNull(user);
        Assert.Equal((unitId, "Cộng tác viên mới", "ctv@example.gov.vn"), (user.UnitId!.Value, user.DisplayName, user.Email));
        await using var s = host.Scope();
        Assert.Equal([Roles.Contributor], await s.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().GetRolesAsync(user));
        var list = await (await admin.GetAsync("/admin/users")).Content.ReadAsStringAsync();
        Assert.Contains("Cộng tác viên mới", list);
    }

    [Fact]
    public async Task CreateUser_ShowsPolicyErrorAndCreatesNothing_WhenPasswordIsWeak()
    {
        var admin = await host.AdminClientAsync();
        var response = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["Input.UserName"] = "yeu.mat.khau",
            ["Input.Roles"] = Roles.Editor,
            ["Input.Password"] = "ngan",
        });

        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await ErrorNextToAsync(response, "err-password"));
        Assert.Null(await FindUserAsync("yeu.mat.khau"));
    }

    [Fact]
    public async Task EditUser_RefusesToRemoveOwnAdministratorRole()
    {
        var admin = await host.AdminClientAsync();
        var me = await FindUserAsync("admin");
        var response = await admin.PostFormAsync($"/admin/users/{me!.Id}", new() { ["Input.Roles"] = Roles.Editor });

        Assert.Equal("Bạn không thể bỏ vai trò Quản trị hệ thống của chính mình.", await ErrorNextToAsync(response, "err-roles"));
        await using var scope = host.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().IsInRoleAsync(me, Roles.Administrator));
    }

    [Fact]
    public async Task LockUser_StopsTheirLogin_UntilUnlocked()
    {
        await host.EnsureUserAsync("bi.khoa", Roles.Editor);
        var admin = await host.AdminClientAsync();
        var user = await FindUserAsync("bi.khoa");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{user!.Id}?handler=Lock", [], $"/admin/users/{user.Id}")).StatusCode);
        Assert.True((await FindUserAsync("bi.khoa"))!.LockoutEnd > DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{user.Id}?handler=Unlock", [], $"/admin/users/{user.Id}")).StatusCode);
        Assert.Null((await FindUserAsync("bi.khoa"))!.LockoutEnd);
    }

    [Fact]
    public async Task ResetPassword_LetsTheUserLogInWithTheNewPassword()
    {
        await host.EnsureUserAsync("quen.mat.khau", Roles.Office);
        var admin = await host.AdminClientAsync();
        var user = await FindUserAsync("quen.mat.khau");

        var weak = await admin.PostFormAsync($"/admin/users/{user!.Id}?handler=ResetPassword", new() { ["NewPassword"] = "abc" }, $"/admin/users/{user.Id}");
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await ErrorNextToAsync(weak, "err-newPassword"));

        var reset = await admin.PostFormAsync($"/admin/users/{user.Id}?handler=ResetPassword", new() { ["NewPassword"] = "MoiHon12345" }, $"/admin/users/{user.Id}");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await using var scope = host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("quen.mat.khau"))!, "MoiHon12345"));
    }

    [Fact]
    public async Task AccountChanges_AreInTheAuditLog_WithWhoAndWhat()
    {
        await host.EnsureUserAsync("kiem.toan", Roles.Contributor);
        var admin = await host.AdminClientAsync();
        var user = await FindUserAsync("kiem.toan");

        await admin.PostFormAsync($"/admin/users/{user!.Id}", new() { ["Input.Roles"] = Roles.Office });
        await admin.PostFormAsync($"/admin/users/{user.Id}?handler=Lock", [], $"/admin/users/{user.Id}");
        await admin.PostFormAsync($"/admin/users/{user.Id}?handler=Unlock", [], $"/admin/users/{user.Id}");
        await admin.PostFormAsync($"/admin/users/{user.Id}?handler=ResetPassword", new() { ["NewPassword"] = "KiemToan12345" }, $"/admin/users/{user.Id}");

        await using var scope = host.Scope();
        var entries = await host.Db(scope).AuditLog.Where(a => a.Title == "kiem.toan").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["user-save", "user-lock", "user-unlock", "user-password"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("admin", e.UserName));
        Assert.Equal("vai trò: Văn phòng; đơn vị: không", entries[0].Details);
        var page = await (await admin.GetAsync("/admin/audit?user=admin")).Content.ReadAsStringAsync();
        Assert.Contains("Khóa tài khoản", page);
    }

    [Fact]
    public async Task TokenCreateAndRevoke_AreInTheAuditLog()
    {
        await host.EnsureUserAsync("ma.truy.cap", Roles.Editor);
        await host.ApiClientAsync("ma.truy.cap");
        var admin = await host.AdminClientAsync();
        int tokenId;
        await using (var scope = host.Scope())
        {
            tokenId = await host.Db(scope).ApiTokens.Where(t => t.User!.UserName == "ma.truy.cap").Select(t => t.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/tokens?handler=Revoke&id={tokenId}", [], "/admin/tokens")).StatusCode);

        await using var check = host.Scope();
        var entries = await host.Db(check).AuditLog.Where(a => a.Action == "token-create" || a.Action == "token-revoke")
            .Where(a => a.Details != null && (a.Details == "không hết hạn" || a.Details == "của ma.truy.cap")).ToListAsync();
        Assert.Contains(entries, e => e.Action == "token-create" && e.UserName == "ma.truy.cap");
        Assert.Contains(entries, e => e.Action == "token-revoke" && e.UserName == "admin" && e.Details == "của ma.truy.cap");
    }

    [Fact]
    public async Task RolesPage_ListsEachRolesPermissions()
    {
        var admin = await host.AdminClientAsync();
        var doc = new HtmlParser().ParseDocument(await (await admin.GetAsync("/admin/roles")).Content.ReadAsStringAsync());
        var publishRow = doc.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(Permissions.PublishContent, StringComparison.Ordinal));
        var cells = publishRow.QuerySelectorAll("td").Select(c => c.TextContent.StartsWith('✓')).ToList();

        Assert.Equal(Roles.All.Select(r => Roles.PermissionsOf[r].Contains(Permissions.PublishContent)), cells);
    }

    [Fact]
    public async Task UnitForm_CreatesAUnitWithSuccessors_AndRefusesEndBeforeStartAndCycles()
    {
        var admin = await host.AdminClientAsync();
        var created = await admin.PostFormAsync("/admin/units/edit", new()
        {
            ["Input.Code"] = "CU-HUYEN",
            ["Input.Name"] = "Phòng Nội vụ huyện (cũ)",
            ["Input.ValidFrom"] = "2010-01-01",
            ["Input.ValidTo"] = "2025-06-30",
            ["Input.Parent"] = AdminTestData.UnitB,
            ["Input.Successors"] = AdminTestData.UnitA,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        int oldId, successorId;
        await using (var scope = host.Scope())
        {
            var unit = await host.Db(scope).Units.Include(u => u.Successors).Include(u => u.Parent).SingleAsync(u => u.Code == "CU-HUYEN");
            Assert.Equal((new DateOnly(2010, 1, 1), new DateOnly(2025, 6, 30), AdminTestData.UnitB), (unit.ValidFrom, unit.ValidTo!.Value, unit.Parent!.Code));
            Assert.Equal([AdminTestData.UnitA], unit.Successors.Select(s => s.Code));
            (oldId, successorId) = (unit.Id, unit.Successors[0].Id);
        }

        var backwards = await admin.PostFormAsync($"/admin/units/edit/{oldId}", new()
        {
            ["Input.Name"] = "Phòng Nội vụ huyện (cũ)", ["Input.ValidFrom"] = "2025-07-01", ["Input.ValidTo"] = "2025-06-30",
        });
        Assert.Equal("Ngày kết thúc phải sau ngày bắt đầu.", await ErrorNextToAsync(backwards, "err-validTo"));

        // TEST-A succeeds CU-HUYEN; making CU-HUYEN succeed TEST-A would loop.
        var cycle = await admin.PostFormAsync($"/admin/units/edit/{successorId}", new()
        {
            ["Input.Name"] = "Phòng thử nghiệm A", ["Input.ValidFrom"] = "2025-07-01", ["Input.Successors"] = "CU-HUYEN",
        });
        Assert.StartsWith("Đơn vị kế thừa tạo thành vòng lặp", await ErrorNextToAsync(cycle, "err-successors"));
        await using (var scope = host.Scope())
        {
            Assert.Empty((await host.Db(scope).Units.Include(u => u.Successors).SingleAsync(u => u.Id == successorId)).Successors);
            Assert.Equal(new DateOnly(2010, 1, 1), (await host.Db(scope).Units.SingleAsync(u => u.Id == oldId)).ValidFrom);
        }

        var list = await (await admin.GetAsync("/admin/units")).Content.ReadAsStringAsync();
        Assert.Contains("Ngừng hoạt động", list);
    }

    [Fact]
    public async Task TopicsPage_AddsRenamesAndMerges_WithItemCounts()
    {
        var admin = await host.AdminClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/topics?handler=Create", new() { ["name"] = "Chủ đề nguồn thử" }, "/admin/topics")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/topics?handler=Create", new() { ["name"] = "Chủ đề đích thử" }, "/admin/topics")).StatusCode);
        var duplicate = await admin.PostFormAsync("/admin/topics?handler=Create", new() { ["name"] = "Chủ đề nguồn thử" }, "/admin/topics");
        Assert.Contains("Đã có chủ đề với đường dẫn “chu-de-nguon-thu”.", await ErrorNextToAsync(duplicate, "err-create"));

        int source, target;
        await using (var scope = host.Scope())
        {
            var db = host.Db(scope);
            (source, target) = (db.Topics.Single(t => t.Slug == "chu-de-nguon-thu").Id, db.Topics.Single(t => t.Slug == "chu-de-dich-thu").Id);
        }

        await using (var scope = host.Scope())
        {
            var mapper = scope.ServiceProvider.GetRequiredService<ParPortal.Features.Content.ContentInputMapper>();
            var manager = scope.ServiceProvider.GetRequiredService<ParPortal.Features.Content.ContentManager>();
            var input = new ParPortal.Features.Hotlines.HotlineInput { Title = "Gắn chủ đề nguồn", Purpose = "Phản ánh", Phones = ["0236 3822 123"], Topics = ["chu-de-nguon-thu"] };
            var version = input.NewVersion();
            await mapper.ApplyAsync(input, version);
            await manager.CreateAsync(version, null, "test");
        }

        var rename = await admin.PostFormAsync($"/admin/topics?handler=Rename&id={target}", new() { ["name"] = "Chủ đề đích (đổi tên)" }, "/admin/topics");
        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        var merge = await admin.PostFormAsync("/admin/topics?handler=Merge", new() { ["sourceId"] = source.ToString(System.Globalization.CultureInfo.InvariantCulture), ["targetId"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/admin/topics");
        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);

        var doc = new HtmlParser().ParseDocument(await (await admin.GetAsync("/admin/topics")).Content.ReadAsStringAsync());
        var targetRow = doc.QuerySelectorAll("tbody tr").Single(r => r.Children[1].TextContent == "chu-de-dich-thu");
        Assert.StartsWith("Chủ đề đích (đổi tên)", targetRow.Children[0].TextContent);
        Assert.Equal("1", targetRow.Children[3].TextContent);
        var sourceRow = doc.QuerySelectorAll("tbody tr").Single(r => r.Children[1].TextContent == "chu-de-nguon-thu");
        Assert.Contains("đã gộp vào Chủ đề đích (đổi tên)", sourceRow.Children[0].TextContent);
        Assert.Equal("0", sourceRow.Children[3].TextContent);

        var self = await admin.PostFormAsync("/admin/topics?handler=Merge", new() { ["sourceId"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture), ["targetId"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/admin/topics");
        Assert.Equal("Không thể gộp chủ đề vào chính nó.", await ErrorNextToAsync(self, "err-merge"));
    }

    [Fact]
    public async Task SettingsPage_SavesValidSettings_AndRefusesABadEmail()
    {
        var admin = await host.AdminClientAsync();
        var bad = await admin.PostFormAsync("/admin/settings", new() { ["Input.SiteName"] = "CCHC", ["Input.AgencyName"] = "Sở Xây dựng", ["Input.AgencyEmail"] = "khong-hop-le" });
        Assert.Equal("Địa chỉ thư điện tử không hợp lệ.", await ErrorNextToAsync(bad, "err-agencyEmail"));

        var ok = await admin.PostFormAsync("/admin/settings", new()
        {
            ["Input.SiteName"] = "Cải cách hành chính",
            ["Input.AgencyName"] = "Sở Xây dựng thành phố Đà Nẵng",
            ["Input.AgencyAddress"] = "24 Trần Phú",
            ["Input.AgencyPhone"] = "0236 3822 123",
            ["Input.AgencyEmail"] = "sxd@danang.gov.vn",
            ["Input.LogoUrl"] = "/media/logo.png",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using var scope = host.Scope();
        var s = await host.Db(scope).SiteSettings.SingleAsync();
        Assert.Equal(("Cải cách hành chính", "Sở Xây dựng thành phố Đà Nẵng", "sxd@danang.gov.vn", "/media/logo.png"), (s.SiteName, s.AgencyName, s.AgencyEmail, s.LogoUrl));
    }

    [Fact]
    public async Task AuditPage_FiltersByActionAndUser_NewestFirst()
    {
        var admin = await host.AdminClientAsync();
        var id = await host.CreateHotlineAsync("Mục cho nhật ký", AdminTestData.UnitA);
        await using (var scope = host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ParPortal.Features.Content.ContentManager>().PublishAsync(id, "test");
        }

        var page = await admin.GetAsync("/admin/audit?action=publish&user=test&type=Hotline");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode} {page.Headers.Location} {await page.Content.ReadAsStringAsync()} {string.Join("\n", host.Logs.Entries)}");
        var doc = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var rows = doc.QuerySelectorAll("tbody tr").ToList();
        Assert.True(rows.Count > 0, doc.QuerySelector("main")?.InnerHtml);
        Assert.All(rows, r => Assert.Equal("Xuất bản", r.Children[2].TextContent));
        Assert.Contains(rows, r => r.Children[4].TextContent.Contains("Mục cho nhật ký", StringComparison.Ordinal));

        var none = new HtmlParser().ParseDocument(await (await admin.GetAsync("/admin/audit?action=publish&from=2030-01-01")).Content.ReadAsStringAsync());
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
    }
}
