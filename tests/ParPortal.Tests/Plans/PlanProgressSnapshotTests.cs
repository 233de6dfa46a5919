using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Plans;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>
/// Plan progress reads the first publication and the topic ids copied onto published versions: the demo recipe
/// writes them, and a topic merged after publication still counts under the topic it was merged into.
/// </summary>
public sealed class PlanProgressSnapshotTests
{
    [Fact]
    public async Task RecipeImport_RecordsEveryPublishedVersionsFirstPublicationAndTopics_WhenTheDemoLoads()
    {
        using var factory = new DemoFactory();
        _ = factory.Server;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var published = await db.ContentVersions.AsNoTracking().Include(v => v.Topics).Include(v => v.Item)
            .Where(v => v.IsPublished).ToListAsync();

        Assert.True(published.Count > 100, $"only {published.Count} published versions");
        Assert.Contains(published, v => v.PublishedTopicIds is not null);
        // The demo back-dates its items (2024 and earlier); the copy follows the item, not the import time.
        Assert.Contains(published, v => v.FirstPublishedUtc < factory.Clock.GetUtcNow().UtcDateTime.AddDays(-300));
        Assert.All(published, v =>
        {
            Assert.NotNull(v.FirstPublishedUtc);
            Assert.Equal(v.Item.FirstPublishedUtc, v.FirstPublishedUtc);
            Assert.Equal(TopicIdList.Format(v.Topics.Select(t => t.Id)), v.PublishedTopicIds);
        });
    }

    [Fact]
    public async Task LoadInputAsync_CountsAMergedTopicUnderItsTarget_WhenMergedAfterPublication()
    {
        using var factory = new DemoFactory();
        var planId = await PlanTestData.PlanIdAsync(factory);
        Guid itemId;
        int sourceId, targetId;
        string targetSlug;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var topics = await db.Topics.Where(t => t.MergedIntoId == null).OrderBy(t => t.Id).Take(2).ToListAsync();
            (sourceId, targetId, targetSlug) = (topics[0].Id, topics[1].Id, topics[1].Slug);
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            // Of the plan's agency: the loader reads only the units the plan can count.
            var agency = (await scope.ServiceProvider.GetRequiredService<PlanProgressService>().LoadPlanAsync(planId))!.Definition.IssuingUnit;
            var unitId = await db.Units.Where(u => u.Code == agency).Select(u => u.Id).SingleAsync();
            var draft = new ArticleVersion { Title = "Tuyên truyền cải cách hành chính tháng 3", Body = "<p>Nội dung</p>", Topics = topics, UnitId = unitId };
            itemId = (await manager.CreateAsync(draft, null, "tester")).Id;
            // Back-dated into the plan's year, as the recipes publish the demo.
            await manager.PublishAsync(itemId, "tester", at: new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        }

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<TopicService>().MergeAsync(sourceId, targetId, CancellationToken.None);
        }

        await using (var scope = factory.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<PlanProgressService>();
            var plan = (await service.LoadPlanAsync(planId))!;
            var input = await service.LoadInputAsync(planId, plan.Definition, new DateOnly(2024, 12, 31));

            var item = Assert.Single(input.Items, i => i.Id == itemId);
            // Both ids resolve to the target: it is listed once, as the merge left one link.
            Assert.Equal([targetSlug], item.Topics);
            Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.FromHours(7)), item.PublishedAt);
        }
    }

    [Fact]
    public async Task LoadInputAsync_LeavesOutAnotherAgencysItems_ButKeepsTheOnesLinkedToThePlan()
    {
        using var factory = new DemoFactory();
        var planId = await PlanTestData.PlanIdAsync(factory);
        Guid agencys, others, linked;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var agency = (await scope.ServiceProvider.GetRequiredService<PlanProgressService>().LoadPlanAsync(planId))!.Definition.IssuingUnit;
            var agencyUnit = await db.Units.SingleAsync(u => u.Code == agency);
            var otherAgency = new Unit { Code = "SYT-KIEMTRA", Name = "Sở Y tế (kiểm thử)", ValidFrom = new DateOnly(2008, 1, 1) };
            db.Units.Add(otherAgency);
            await db.SaveChangesAsync();
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            async Task<Guid> PublishAsync(string title, int unitId)
            {
                var id = (await manager.CreateAsync(new ArticleVersion { Title = title, Body = "<p>Nội dung</p>", UnitId = unitId }, null, "tester")).Id;
                await manager.PublishAsync(id, "tester", at: new DateTimeOffset(2024, 4, 2, 9, 0, 0, TimeSpan.FromHours(7)));
                return id;
            }

            agencys = await PublishAsync("Tin của cơ quan ban hành", agencyUnit.Id);
            others = await PublishAsync("Tin của Sở Y tế", otherAgency.Id);
            linked = await PublishAsync("Tin của Sở Y tế được gắn vào nhiệm vụ", otherAgency.Id);
            db.TaskLinks.Add(new ContentTaskLink { ContentItemId = linked, PlanItemId = planId, TaskCode = "2.3" });
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<PlanProgressService>();
            var plan = (await service.LoadPlanAsync(planId))!;
            var input = await service.LoadInputAsync(planId, plan.Definition, new DateOnly(2024, 12, 31));

            Assert.Contains(input.Items, i => i.Id == agencys);
            Assert.DoesNotContain(input.Items, i => i.Id == others);
            Assert.Equal(["2.3"], Assert.Single(input.Items, i => i.Id == linked).LinkedTaskCodes);
        }
    }
}
