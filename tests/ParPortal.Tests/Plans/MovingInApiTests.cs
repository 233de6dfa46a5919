using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Plans.Evidence;
using ParPortal.Features.Users;
using ParPortal.Quotas.Model;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>
/// Point 13 of issue 13, moving an existing site in: an administrator publishes old items on their original dates
/// (audited), and an item's "counts toward" links are read and set through the API.
/// </summary>
public sealed class MovingInApiTests(ParPortalFactory factory) : IClassFixture<ParPortalFactory>
{
    [Fact]
    public async Task Publish_KeepsTheOriginalDate_AndAuditsIt_WhenAnAdministratorGivesOne()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("CU");

        var id = await site.ArticleAsync("Tin cũ chuyển sang", "CU", "2023-05-10T08:30:00");

        var read = JsonDocument.Parse(await site.Api.GetStringAsync($"/api/content/{id}")).RootElement;
        Assert.Equal(new DateTime(2023, 5, 10, 1, 30, 0), read.GetProperty("publishedUtc").GetDateTime());
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Equal(new DateTime(2023, 5, 10, 1, 30, 0), (await db.ContentItems.SingleAsync(i => i.Id == id)).FirstPublishedUtc);
        var audit = await db.AuditLog.SingleAsync(a => a.ContentItemId == id && a.Action == "publish");
        Assert.Equal("nhập dữ liệu cũ: ngày xuất bản gốc 10/05/2023 08:30", audit.Details);
        Assert.Equal("admin", audit.UserName);
    }

    [Fact]
    public async Task Publish_Returns403_WhenAnEditorGivesAnOriginalDate()
    {
        await factory.SeedUnitsAsync();
        await factory.EnsureUserAsync("moving-editor", Roles.Editor);
        var editor = await factory.ApiClientAsync("moving-editor");
        var id = await new PlanSite(editor).CreateAsync(new { type = "Hotline", title = "Đường dây nóng", unit = AdminTestData.UnitA, purpose = "Phản ánh", phones = new[] { "0233 3852 000" } });

        var response = await editor.PostAsync($"/api/content/{id}/publish", PlanSite.Json(new { publishedAt = "2023-01-01T08:00:00+07:00" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var scope = factory.Scope();
        Assert.Null((await factory.Db(scope).ContentItems.SingleAsync(i => i.Id == id)).FirstPublishedUtc);
        // Without the field an editor publishes as always.
        Assert.True((await editor.PostAsync($"/api/content/{id}/publish", null)).IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("2027-01-01T08:00:00+07:00")]
    [InlineData("1999-12-31T08:00:00+07:00")]
    public async Task Publish_Returns400NamingPublishedAt_WhenTheDateIsOutOfRange(string publishedAt)
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("CU");
        var id = await site.CreateAsync(new { type = "Article", title = "Tin", unit = site.U("CU"), body = "<p>x</p>" });

        var response = await site.Api.PostAsync($"/api/content/{id}/publish", PlanSite.Json(new { publishedAt }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("Ngày xuất bản gốc phải từ 01/01/2000 đến hôm nay.", errors.GetProperty("publishedAt")[0].GetString());
        await using var scope = factory.Scope();
        Assert.Null((await factory.Db(scope).ContentItems.SingleAsync(i => i.Id == id)).FirstPublishedUtc);
    }

    [Fact]
    public async Task TaskLinks_AreReadAndSet_ThroughTheApi()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("SGT");
        var article = await site.ArticleAsync("Phát động cuộc thi tìm hiểu CCHC", "SGT", "2024-07-15");
        var plan = await site.PlanAsync(new PlanDefinition
        {
            Number = "05/KH-" + site.Suffix, Title = "Kế hoạch " + site.Suffix, Year = 2024, IssuingUnit = site.U("SGT"),
            Tasks =
            [
                new PlanTask { Code = "2.9", Content = "Tuyên truyền thông qua cuộc thi", Rules = [new CountRule { Min = 1, LinkedOnly = true, Window = QuotaWindow.Quarter(2, 3) }] },
                new PlanTask { Code = "2.1", Content = "Ban hành kế hoạch", Rules = [new DeliverableRule { DocumentKinds = ["Kế hoạch"], DueDate = new DateOnly(2024, 1, 31) }] },
            ],
        });

        var put = await site.Api.PutAsync($"/api/content/{article}/task-links", PlanSite.Json(new { planId = plan, tasks = new[] { "2.9" } }));
        var links = await (await site.Api.GetAsync($"/api/content/{article}/task-links")).ReadJsonAsync<List<TaskLinkDto>>();
        var progress = await site.ProgressAsync(plan, "2024-12-31");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var link = Assert.Single(links);
        Assert.Equal((plan, "2.9", "Tuyên truyền thông qua cuộc thi"), (link.PlanId, link.TaskCode, link.TaskContent));
        Assert.Equal(article, progress.Tasks.Single(t => t.Code == "2.9").Rules[0].Items.Single().Id);
        await using var scope = factory.Scope();
        Assert.Contains(factory.Db(scope).AuditLog, a => a.ContentItemId == article && a.Action == "link");
    }

    [Fact]
    public async Task TaskLinks_Returns400NamingTasks_WhenATaskCannotCountTheItem()
    {
        var site = await PlanSite.OpenAsync(factory);
        await site.UnitAsync("SGT");
        var article = await site.ArticleAsync("Tin tháng 12", "SGT", "2024-12-10");
        var plan = await site.PlanAsync(new PlanDefinition
        {
            Number = "06/KH-" + site.Suffix, Title = "Kế hoạch " + site.Suffix, Year = 2024, IssuingUnit = site.U("SGT"),
            Tasks = [new PlanTask { Code = "2.9", Content = "Cuộc thi", Rules = [new CountRule { Min = 1, LinkedOnly = true, Window = QuotaWindow.Quarter(2, 3) }] }],
        });

        var outside = await site.Api.PutAsync($"/api/content/{article}/task-links", PlanSite.Json(new { planId = plan, tasks = new[] { "2.9" } }));
        var unknownPlan = await site.Api.PutAsync($"/api/content/{article}/task-links", PlanSite.Json(new { planId = Guid.NewGuid(), tasks = new[] { "2.9" } }));

        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("2.9", JsonDocument.Parse(await outside.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("tasks")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownPlan.StatusCode);
        Assert.True(JsonDocument.Parse(await unknownPlan.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("planId", out _));
        await using var scope = factory.Scope();
        Assert.DoesNotContain(factory.Db(scope).TaskLinks, l => l.ContentItemId == article);
    }

    [Fact]
    public async Task TaskLinks_Returns403_WhenAnOfficeUserTriesToSetThem()
    {
        await factory.EnsureUserAsync("moving-office", Roles.Office);
        var office = await factory.ApiClientAsync("moving-office");

        var response = await office.PutAsync($"/api/content/{Guid.NewGuid()}/task-links", PlanSite.Json(new { planId = Guid.NewGuid(), tasks = Array.Empty<string>() }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
