using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;
using ParPortal.Quotas.Progress;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>Progress after changes: each test has its own demo database.</summary>
public sealed class PlanProgressChangeTests
{
    [Fact]
    public async Task Progress_StopsCountingItem_WhenItemUnpublished()
    {
        using var factory = new DemoFactory();
        var planId = await PlanTestData.PlanIdAsync(factory);
        var api = await factory.ApiClientAsync("vanphong");
        var before = await PlanTestData.ProgressAsync(api, planId, "2024-12-31");
        var counted = before.Tasks.Single(t => t.Code == "2.11").Rules.Single(r => r.Kind == "count").Items[0].Id;

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentManager>().UnpublishAsync(counted, "test");
        }

        var after = await PlanTestData.ProgressAsync(api, planId, "2024-12-31");
        Assert.DoesNotContain(after.Tasks.SelectMany(t => t.Evidence), e => e.Id == counted);
        var rule = after.Tasks.Single(t => t.Code == "2.11").Rules.Single(r => r.Kind == "count");
        Assert.Equal(before.Tasks.Single(t => t.Code == "2.11").Rules.Single(r => r.Kind == "count").Done - 1, rule.Done);
    }

    [Fact]
    public async Task Progress_CountsLinkedItemWithReasonLink_WhenEditorLinksThroughPicker()
    {
        using var factory = new DemoFactory();
        var planId = await PlanTestData.PlanIdAsync(factory);
        Guid contest;
        await using (var scope = factory.Scope())
        {
            // The contest launch (15/07/2024) is evidence for 2.9, which counts editors' links only.
            contest = await factory.Db(scope).Articles.Where(a => a.IsPublished && a.Title.StartsWith("Phát động cuộc thi"))
                .Select(a => a.ContentItemId).SingleAsync();
        }

        var api = await factory.ApiClientAsync("vanphong");
        Assert.Equal(0, (await PlanTestData.ProgressAsync(api, planId, "2024-12-31")).Tasks.Single(t => t.Code == "2.9").Rules[0].Done);

        var editor = await factory.LoginAsync("bientap");
        var picker = await editor.GetStringAsync($"/admin/content/{contest}/tasks");
        Assert.Contains($"{planId:N}|2.9", picker);
        var response = await editor.PostFormAsync($"/admin/content/{contest}/tasks", new Dictionary<string, string> { ["tasks"] = $"{planId:N}|2.9" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/content/{contest}", response.Headers.Location?.OriginalString);

        var task = (await PlanTestData.ProgressAsync(api, planId, "2024-12-31")).Tasks.Single(t => t.Code == "2.9");
        var item = Assert.Single(task.Rules[0].Items);
        Assert.Equal(contest, item.Id);
        Assert.Equal(CountReason.Link, item.Reason);
        Assert.Equal(QuotaStatus.Met, task.Status);
        var taskPage = await editor.GetStringAsync($"/admin/dashboard/{planId}/nhiem-vu/2.9?asOf=2024-12-31");
        Assert.Contains("biên tập viên liên kết", taskPage);
    }

    [Fact]
    public async Task TaskLinks_RejectsTaskOutsideItsWindow_WhenPosted()
    {
        using var factory = new DemoFactory();
        var planId = await PlanTestData.PlanIdAsync(factory);
        Guid december;
        await using (var scope = factory.Scope())
        {
            december = await factory.Db(scope).Articles.Where(a => a.IsPublished && a.Title.StartsWith("Chuẩn bị sắp xếp tổ chức bộ máy"))
                .Select(a => a.ContentItemId).SingleAsync();
        }

        // 2.9 runs from Q2 to Q3: a December article cannot count for it, so the picker refuses the link.
        var editor = await factory.LoginAsync("bientap");
        var response = await editor.PostFormAsync($"/admin/content/{december}/tasks", new Dictionary<string, string> { ["tasks"] = $"{planId:N}|2.9" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không thuộc kế hoạch đang thực hiện", await response.Content.ReadAsStringAsync());
        await using var check = factory.Scope();
        Assert.False(await factory.Db(check).TaskLinks.AnyAsync(l => l.ContentItemId == december));
    }
}
