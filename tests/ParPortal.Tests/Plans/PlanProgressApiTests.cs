using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Plans;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Progress;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>The progress API over the demo (read-only): plan 004 measured against the 2024 demo articles and documents.</summary>
public sealed class PlanProgressApiTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task Plans_ListsDemoPlan_WhenOfficeAsks()
    {
        var api = await factory.ApiClientAsync("vanphong");
        var plans = await (await api.GetAsync("/api/plans")).ReadJsonAsync<List<PlanSummary>>();
        var plan = Assert.Single(plans, p => p.Year == 2024);
        Assert.True(plan.IsPublished);
        Assert.Equal(await PlanTestData.PlanIdAsync(factory), plan.Id);
    }

    [Fact]
    public async Task Progress_CountsDemoContent_WhenAsOfEndOf2024()
    {
        var api = await factory.ApiClientAsync("vanphong");
        var progress = await PlanTestData.ProgressAsync(api, await PlanTestData.PlanIdAsync(factory), "2024-12-31");

        Assert.Equal(new DateOnly(2024, 12, 31), progress.AsOf);
        Assert.Equal(15, progress.Tasks.Count(t => !t.Unnumbered));
        Assert.Equal("Báo cáo cấp Sở", progress.Tasks.Single(t => t.Unnumbered).Content);
        foreach (var task in progress.Tasks)
        {
            // Tasks with count or deliverable quotas all have demo evidence: the demo was written for this plan.
            // (2.9 counts editors' links only, and the demo links nothing.)
            var quotas = task.Rules.Where(r => r.Kind is "count" or "deliverable").ToList();
            if (quotas.Count > 0 && task.Code != "2.9")
            {
                Assert.True(quotas.Sum(r => r.Done) > 0, $"{task.Code} counted nothing");
            }

            foreach (var rule in quotas)
            {
                Assert.Equal(rule.Done, rule.Items.Count);
                // Consistent status: at the end of the year a quota is met exactly when done reaches required.
                // An unmet quota is missed (Không đạt), an undelivered product overdue (Quá hạn).
                Assert.Equal(rule.Done >= rule.Required ? QuotaStatus.Met : rule.Kind == "deliverable" ? QuotaStatus.Overdue : QuotaStatus.Missed, rule.Status);
            }

            Assert.Equal(task.Rules.Count == 0 ? QuotaStatus.Regular : QuotaEngine.Combine(task.Rules.Select(r => r.Status)), task.Status);
            Assert.All(task.Evidence, e => Assert.True(e.Date.Year == 2024, $"{task.Code}: evidence dated {e.Date}"));
        }

        var leaders = progress.Tasks.Single(t => t.Code == "2.11");
        var firstHalf = leaders.Rules.Single(r => r.Kind == "count");
        Assert.True(firstHalf.Done >= 2);
        Assert.Equal(QuotaStatus.Met, firstHalf.Status);
        Assert.All(firstHalf.Items, i => Assert.Equal(CountReason.Filter, i.Reason));
    }

    [Fact]
    public async Task Progress_ReproducesThePast_WhenAsOfIsEarly()
    {
        var api = await factory.ApiClientAsync("vanphong");
        var progress = await PlanTestData.ProgressAsync(api, await PlanTestData.PlanIdAsync(factory), "2024-01-05");

        // Nothing of the plan's own January documents is out yet on 5 January; the plan deliverable is still open.
        var plan = progress.Tasks.Single(t => t.Code == "2.1").Rules.Single();
        Assert.Equal(0, plan.Done);
        Assert.Equal(QuotaStatus.OnTrack, plan.Status);
        Assert.All(progress.Tasks.SelectMany(t => t.Evidence), e => Assert.True(e.Date <= new DateOnly(2024, 1, 5)));
        Assert.Contains(progress.DueNext, d => d.TaskCode == "2.1" && d.Date == new DateOnly(2024, 1, 31));
    }

    [Fact]
    public async Task Progress_ClipsToPeriod_WhenPeriodGiven()
    {
        var api = await factory.ApiClientAsync("vanphong");
        var progress = await PlanTestData.ProgressAsync(api, await PlanTestData.PlanIdAsync(factory), "2024-12-31", "6 tháng đầu năm 2024");

        Assert.Equal("6 tháng đầu năm 2024", progress.Period);
        Assert.Equal(new DateOnly(2024, 6, 30), progress.AsOf);
        Assert.All(progress.Tasks.SelectMany(t => t.Evidence), e => Assert.True(e.Date <= new DateOnly(2024, 6, 30)));
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("31/12/2024")]
    [InlineData("yesterday")]
    public async Task Progress_Returns400NamingAsOf_WhenAsOfMalformed(string asOf)
    {
        var api = await factory.ApiClientAsync("vanphong");
        var response = await api.GetAsync($"/api/plans/{await PlanTestData.PlanIdAsync(factory)}/progress?asOf={Uri.EscapeDataString(asOf)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("asOf", out _));
    }

    [Fact]
    public async Task Progress_Returns400NamingPeriod_WhenPeriodUnknown()
    {
        var api = await factory.ApiClientAsync("vanphong");
        var response = await api.GetAsync($"/api/plans/{await PlanTestData.PlanIdAsync(factory)}/progress?asOf=2024-06-30&period=Quý%209");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("period", out _));
    }

    [Fact]
    public async Task Progress_Returns404_WhenPlanUnknown()
    {
        var api = await factory.ApiClientAsync("vanphong");
        var response = await api.GetAsync($"/api/plans/{Guid.NewGuid()}/progress?asOf=2024-06-30");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Progress_Returns404_WhenIdIsNotAPlan()
    {
        Guid article;
        await using (var scope = factory.Scope())
        {
            article = factory.Db(scope).Articles.Where(a => a.IsPublished).Select(a => a.ContentItemId).First();
        }

        var api = await factory.ApiClientAsync("vanphong");
        var response = await api.GetAsync($"/api/plans/{article}/progress?asOf=2024-06-30");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Progress_Returns401_WhenNoBearerToken()
    {
        // The API ignores the admin cookie: a logged-in browser session is not enough.
        var client = await factory.LoginAsync("vanphong");
        var response = await client.GetAsync($"/api/plans/{await PlanTestData.PlanIdAsync(factory)}/progress?asOf=2024-06-30");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ComputeAsync_RunsAFixedNumberOfQueries_WhatEverTheItemCount()
    {
        var planId = await PlanTestData.PlanIdAsync(factory);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var service = scope.ServiceProvider.GetRequiredService<PlanProgressService>();
        using var counter = new SqlCommandCounter(db);

        var result = await service.ComputeAsync(planId, new DateOnly(2024, 12, 31), null);

        Assert.NotNull(result);
        Assert.True(result.Input.Items.Count > 20, $"only {result.Input.Items.Count} items loaded");
        Assert.True(result.Progress.Tasks.Sum(t => t.Evidence.Count) > 20);
        // Plan, items, their topics, links, units: five commands however many items and topics there are.
        Assert.Equal(5, counter.Count);
    }

    [Fact]
    public async Task LoadInputAsync_LoadsOnlyPublishedItemsOfThePlanYear()
    {
        var planId = await PlanTestData.PlanIdAsync(factory);
        await using var scope = factory.Scope();
        var service = scope.ServiceProvider.GetRequiredService<PlanProgressService>();
        var plan = (await service.LoadPlanAsync(planId))!;

        var input = await service.LoadInputAsync(planId, plan.Definition, new DateOnly(2025, 6, 1));

        Assert.NotEmpty(input.Items);
        Assert.All(input.Items, i => Assert.Equal(2024, i.PublishedAt.Year));
        Assert.All(input.Items, i => Assert.Equal(TimeSpan.FromHours(7), i.PublishedAt.Offset));
        Assert.Contains(input.Items, i => i.Type == "Document" && i.DocumentKind == "Kế hoạch");
        Assert.Contains(input.Units, u => u.Code == "GTVT-QLVT" && u.Successors.Contains("XD-QLVT") && u.ParentCode == "GTVT");
    }

    [Fact]
    public async Task Progress_GivesOnlyTheUnitsPart_WhenContributorAsks()
    {
        var planId = await PlanTestData.PlanIdAsync(factory);
        var office = await PlanTestData.ProgressAsync(await factory.ApiClientAsync("vanphong"), planId, "2024-12-31");
        var own = await PlanTestData.ProgressAsync(await factory.ApiClientAsync("congtacvien.vt"), planId, "2024-12-31");

        // congtacvien.vt is in XD-QLVT, successor of GTVT-QLVT: the scope is its unit and what it took over.
        Assert.Null(office.Scope);
        Assert.Contains("GTVT-QLVT", own.Scope!);
        Assert.Equal(["GTVT-QLVT"], own.Matrix.Units.Select(u => u.Code));
        var evidence = own.Tasks.SelectMany(t => t.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Contains(e.Unit, own.Scope!));
        Assert.True(office.Tasks.SelectMany(t => t.Evidence).Count() > evidence.Count);
    }

    [Fact]
    public async Task Progress_Returns403Problem_WhenContributorHasNoUnit()
    {
        await factory.CreateUserAsync("ctv.khongdonvi", ParPortal.Features.Users.Roles.Contributor);
        var response = await (await factory.ApiClientAsync("ctv.khongdonvi")).GetAsync($"/api/plans/{await PlanTestData.PlanIdAsync(factory)}/progress?asOf=2024-12-31");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("chưa thuộc đơn vị nào", await response.Content.ReadAsStringAsync());
    }
}
