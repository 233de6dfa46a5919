using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Plans;
using ParPortal.Features.Settings;
using ParPortal.Features.Topics;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Validation;
using ParPortal.Time;
using ParPortal.Features.Units;

namespace ParPortal.Features.Recipes;

public sealed partial class RecipeImporter
{
    private async Task ImportTopicsAsync(JsonElement.ArrayEnumerator topics, string where, RecipeResult result, CancellationToken ct)
    {
        var order = await db.Topics.CountAsync(ct);
        foreach (var element in topics)
        {
            var t = Read<TopicInput>(element, where);
            var itemWhere = $"{where}, chủ đề “{t.Name}”";
            if (string.IsNullOrWhiteSpace(t.Name))
            {
                throw new RecipeException($"{itemWhere}, trường “name”: tên chủ đề là bắt buộc.");
            }

            var slug = ParPortal.Content.Slug.From(t.Slug ?? t.Name);
            if (await db.Topics.AnyAsync(x => x.Slug == slug, ct) || db.Topics.Local.Any(x => x.Slug == slug))
            {
                result.Skipped++;
                continue;
            }

            Topic? parent = null;
            if (!string.IsNullOrEmpty(t.Parent))
            {
                parent = db.Topics.Local.FirstOrDefault(x => x.Slug == t.Parent) ?? await db.Topics.SingleOrDefaultAsync(x => x.Slug == t.Parent, ct)
                    ?? throw new RecipeException($"{itemWhere}, trường “parent”: không có chủ đề “{t.Parent}”.");
            }

            db.Topics.Add(new Topic { Name = t.Name.Normalize(), Slug = slug, Parent = parent, SortOrder = order++ });
            result.Count("topics");
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task ImportIndexesAsync(JsonElement.ArrayEnumerator indexes, string where, RecipeResult result, CancellationToken ct)
    {
        foreach (var element in indexes)
        {
            var d = Read<IndexDefinitionInput>(element, where);
            if (string.IsNullOrWhiteSpace(d.Code) || string.IsNullOrWhiteSpace(d.Name))
            {
                throw new RecipeException($"{where}, chỉ số “{d.Code}”: mã và tên là bắt buộc.");
            }

            if (await db.IndexDefinitions.AnyAsync(x => x.Code == d.Code, ct))
            {
                result.Skipped++;
                continue;
            }

            db.IndexDefinitions.Add(new IndexDefinition { Code = d.Code, Name = d.Name, Description = d.Description, Scale = d.Scale, ComponentNames = d.Components ?? [] });
            result.Count("indexes");
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task ImportUnitsAsync(JsonElement.ArrayEnumerator units, string where, RecipeResult result, CancellationToken ct)
    {
        var all = units.Select(e => Read<UnitDto>(e, where)).ToList();
        var existing = await db.Units.Select(u => u.Code).ToListAsync(ct);
        var service = new Units.UnitService(db);
        // Two passes: first every unit without links, then parents and successors, so that order in the file does not matter.
        foreach (var u in all.Where(u => !existing.Contains(u.Code)))
        {
            await Located($"{where}, đơn vị “{u.Code}”", () => service.UpsertAsync(u with { Parent = null, Successors = [] }, ct));
            result.Count("units");
        }

        foreach (var u in all.Where(u => !existing.Contains(u.Code)))
        {
            await Located($"{where}, đơn vị “{u.Code}”", () => service.UpsertAsync(u, ct));
        }

        // A unit already present is kept as it is, except that an end date or successors it lacks are taken from the
        // recipe: a plan recipe imported first carries its units without their later merger, and the demo's record of
        // that merger must still arrive when the demo is imported after it.
        var known = await db.Units.AsNoTracking()
            .Where(x => existing.Contains(x.Code))
            .Select(x => new UnitDto(x.Id, x.Code, x.Name, x.Kind, x.Parent != null ? x.Parent.Code : null, x.ValidFrom, x.ValidTo, x.Successors.Select(s => s.Code).ToList()))
            .ToDictionaryAsync(x => x.Code, ct);
        foreach (var u in all.Where(u => known.ContainsKey(u.Code)))
        {
            var current = known[u.Code];
            var addsEnd = current.ValidTo is null && u.ValidTo is not null;
            var addsSuccessors = current.Successors is not { Count: > 0 } && u.Successors is { Count: > 0 };
            if (addsEnd || addsSuccessors)
            {
                var completed = current with
                {
                    ValidTo = current.ValidTo ?? u.ValidTo,
                    Successors = addsSuccessors ? u.Successors : current.Successors,
                };
                await Located($"{where}, đơn vị “{u.Code}”", () => service.UpsertAsync(completed, ct));
            }
        }

        result.Skipped += all.Count(u => existing.Contains(u.Code));
    }

    private async Task ImportSettingsAsync(JsonElement step, string where, CancellationToken ct)
    {
        if (!step.TryGetProperty("settings", out var s))
        {
            throw new RecipeException($"{where}: thiếu “settings”.");
        }

        // Only the fields the step names change: a recipe that sets the logo keeps the agency's name and address.
        var patch = Read<SettingsPatch>(s, where);
        var settings = await db.SiteSettings.SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new SiteSettings();
            db.SiteSettings.Add(settings);
        }

        settings.SiteName = patch.SiteName?.Trim().Normalize() ?? settings.SiteName;
        settings.AgencyName = patch.AgencyName?.Trim().Normalize() ?? settings.AgencyName;
        settings.AgencyAddress = patch.AgencyAddress is null ? settings.AgencyAddress : SiteSettings.Blank(patch.AgencyAddress);
        settings.AgencyPhone = patch.AgencyPhone is null ? settings.AgencyPhone : SiteSettings.Blank(patch.AgencyPhone);
        settings.AgencyEmail = patch.AgencyEmail is null ? settings.AgencyEmail : SiteSettings.Blank(patch.AgencyEmail);
        settings.LogoUrl = patch.LogoUrl is null ? settings.LogoUrl : SiteSettings.Blank(patch.LogoUrl);

        // The same rules as the admin form: a recipe cannot set what an administrator could not.
        await Located($"{where}, cấu hình trang", () =>
        {
            var errors = new FieldErrors();
            settings.Validate(errors);
            errors.ThrowIfAny();
            return db.SaveChangesAsync(ct);
        });
    }

    /// <summary>A settings step: absent (or null) fields keep their value.</summary>
    private sealed record SettingsPatch(string? SiteName, string? AgencyName, string? AgencyAddress, string? AgencyPhone, string? AgencyEmail, string? LogoUrl);

    private async Task ImportContentAsync(JsonElement.ArrayEnumerator items, string where, RecipeResult result, string actor,
        RecipeFiles files, CancellationToken ct)
    {
        foreach (var original in items)
        {
            var key = original.TryGetProperty("key", out var k) ? k.GetString() : null;
            var itemWhere = $"{where}, mục “{key ?? "?"}”";
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new RecipeException($"{itemWhere}, trường “key”: mỗi mục cần một khóa (key) duy nhất.");
            }

            if (await db.ContentItems.AnyAsync(i => i.ExternalKey == key, ct))
            {
                result.Skipped++;
                continue;
            }

            var element = await files.StoreAsync(original, itemWhere, actor, ct);
            var input = Read<ContentInput>(element, itemWhere);
            var meta = Read<RecipeItemMeta>(element, itemWhere);
            await Located(itemWhere, async () =>
            {
                var version = input.NewVersion();
                await mapper.ApplyAsync(input, version, ct);
                var item = await content.CreateAsync(version, input.Slug, actor, key, ct);
                await ApplyStateAsync(item.Id, meta, actor, ct);
            });
            result.Count(input.GetType().Name.Replace("Input", "", StringComparison.Ordinal));
        }
    }

    private async Task ApplyStateAsync(Guid id, RecipeItemMeta meta, string actor, CancellationToken ct)
    {
        switch (meta.State)
        {
            case ContentState.Published:
                await content.PublishAsync(id, actor, ct, meta.PublishedAt);
                break;
            case ContentState.InReview:
                await content.SubmitAsync(id, actor, ct);
                break;
            case ContentState.Unpublished:
                await content.PublishAsync(id, actor, ct, meta.PublishedAt);
                await content.UnpublishAsync(id, actor, ct);
                break;
            case ContentState.Archived:
                await content.ArchiveAsync(id, actor, ct);
                break;
        }

        if (meta.ScheduledPublishAt is not null || meta.ScheduledUnpublishAt is not null)
        {
            await content.ScheduleAsync(id, meta.ScheduledPublishAt, meta.ScheduledUnpublishAt, actor, ct);
        }
    }

    private async Task ImportPlanAsync(JsonElement step, string where, RecipeResult result, string actor, CancellationToken ct)
    {
        if (!step.TryGetProperty("plan", out var p))
        {
            throw new RecipeException($"{where}: thiếu “plan”.");
        }

        PlanDefinition plan;
        try
        {
            plan = PlanJson.Deserialize(p.GetRawText());
        }
        catch (JsonException e)
        {
            throw new RecipeException($"{where}, trường “plan.{e.Path?.TrimStart('$', '.')}”: giá trị không đúng định dạng.", e);
        }

        var key = $"plan:{plan.Year}:{plan.IssuingUnit}:{plan.Number}";
        if (await db.ContentItems.AnyAsync(i => i.ExternalKey == key, ct))
        {
            result.Skipped++;
            return;
        }

        var errors = await planCheck.ErrorsAsync(plan, ct);
        if (errors.Count > 0)
        {
            throw new RecipeException($"{where}, kế hoạch “{plan.Title}”: {errors[0]}");
        }

        var version = new PlanVersion
        {
            Title = plan.Title,
            Number = string.IsNullOrWhiteSpace(plan.Number) ? "(chưa có số)" : plan.Number,
            Year = plan.Year,
            IssuingUnitCode = plan.IssuingUnit,
            FileUrl = plan.FileUrl,
            DefinitionJson = PlanJson.Serialize(plan),
        };
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == plan.IssuingUnit, ct);
        version.Unit = unit;
        version.UnitId = unit?.Id;
        await Located($"{where}, kế hoạch “{plan.Title}”", async () =>
        {
            var item = await content.CreateAsync(version, null, actor, key, ct);
            var issued = VietnamTime.FromLocal(new DateTime(plan.Year, 1, 1, 8, 0, 0));
            await content.PublishAsync(item.Id, actor, ct, issued < clock.GetUtcNow() ? issued : null);
        });
        result.Count("plan");
    }

    private sealed record RecipeItemMeta(ContentState State = ContentState.Draft, DateTimeOffset? PublishedAt = null, DateTimeOffset? ScheduledPublishAt = null, DateTimeOffset? ScheduledUnpublishAt = null);

    private sealed record IndexDefinitionInput(string Code, string Name, string? Description, ScoreScale Scale, List<string>? Components);
}
