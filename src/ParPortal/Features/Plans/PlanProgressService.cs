using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Procedures;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;
using ParPortal.Time;

namespace ParPortal.Features.Plans;

/// <summary>A plan as listed on the dashboard and by <c>GET /api/plans</c>.</summary>
public sealed record PlanSummary(Guid Id, string Number, string Title, int Year, bool IsPublished);

/// <summary>A plan's definition read from its published version, or its latest one while it was never published.</summary>
public sealed record LoadedPlan(Guid Id, string Title, PlanDefinition Definition, bool IsPublished);

/// <summary>One computation of a plan's progress: the API, the dashboard and the reports all read this.</summary>
public sealed record PlanProgressResult(LoadedPlan Plan, ReportingPeriod? Period, QuotaInput Input, PlanProgress Progress);

/// <summary>
/// Loads a plan and exactly the published items it can count, then runs the pure <see cref="QuotaEngine"/>. The
/// load is a fixed number of flat queries whatever the size of the site (plan, items with their topic ids, topic
/// slugs, links, units, and two counts when the plan has a coverage rule): no entity graphs are tracked and nothing
/// is loaded per item.
/// </summary>
/// <remarks>
/// An item counts at the date it FIRST became public (<c>ContentItem.FirstPublishedUtc</c>), not the date of its
/// current published version: an editor who corrects a March article in August must not move it out of the first
/// half-year quota. That date is read from the published version's copy of it (<c>ContentVersion.FirstPublishedUtc</c>),
/// which <c>ContentManager</c> and the procedure import write at every publication.
/// </remarks>
public sealed class PlanProgressService(ParPortalDbContext db, TimeProvider clock)
{
    /// <summary>Plans that are published, or drafts never published; newest year first.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken ct = default) =>
        await db.Plans.AsNoTracking()
            .Where(p => p.IsPublished || (p.IsLatest && p.Item.PublishedVersionNumber == null && p.State != ContentState.Archived))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Item.CreatedUtc)
            .Select(p => new PlanSummary(p.ContentItemId, p.Number, p.Title, p.Year, p.IsPublished))
            .ToListAsync(ct);

    /// <summary>The plan's published definition, else its latest; null when no plan has this item id.</summary>
    public async Task<LoadedPlan?> LoadPlanAsync(Guid planItemId, CancellationToken ct = default)
    {
        var versions = await db.Plans.AsNoTracking()
            .Where(p => p.ContentItemId == planItemId && (p.IsPublished || p.IsLatest))
            .Select(p => new { p.IsPublished, p.Title, p.DefinitionJson })
            .ToListAsync(ct);
        var chosen = versions.FirstOrDefault(v => v.IsPublished) ?? versions.FirstOrDefault();
        return chosen is null ? null : new LoadedPlan(planItemId, chosen.Title, PlanJson.Deserialize(chosen.DefinitionJson), chosen.IsPublished);
    }

    /// <summary>Today in Viet Nam, the default as-of date.</summary>
    public DateOnly Today => VietnamTime.LocalDate(clock.GetUtcNow());

    /// <summary>
    /// Loads and computes a plan's progress as of a local date, for the whole plan or one reporting period (by its
    /// label). Null when the plan does not exist; an unknown period label is a validation error on <c>period</c>.
    /// </summary>
    public async Task<PlanProgressResult?> ComputeAsync(Guid planItemId, DateOnly asOf, string? periodLabel, CancellationToken ct = default)
    {
        var plan = await LoadPlanAsync(planItemId, ct);
        if (plan is null)
        {
            return null;
        }

        ReportingPeriod? period = null;
        if (!string.IsNullOrWhiteSpace(periodLabel))
        {
            period = plan.Definition.ReportingPeriods.FirstOrDefault(p => string.Equals(p.Label, periodLabel, StringComparison.Ordinal))
                ?? throw ContentValidationException.Single("period", $"Kế hoạch không có kỳ báo cáo “{periodLabel}”.");
            if (period.Window.Resolve(plan.Definition.Year) is null)
            {
                throw ContentValidationException.Single("period", $"Kỳ báo cáo “{periodLabel}” có thời gian không hợp lệ.");
            }
        }

        var input = await LoadInputAsync(planItemId, plan.Definition, asOf, ct);
        var progress = period is null
            ? QuotaEngine.Compute(plan.Definition, input, asOf)
            : QuotaEngine.ComputeForPeriod(plan.Definition, input, period, asOf);
        return new PlanProgressResult(plan, period, input, progress);
    }

    /// <summary>
    /// The engine's input for a plan: published items first published inside the dates any rule or period of the
    /// plan can reach (and not after <paramref name="asOf"/>, which never count), plus items an editor linked to the
    /// plan's tasks; every unit; and the procedure catalogue when a coverage rule needs it.
    /// </summary>
    public async Task<QuotaInput> LoadInputAsync(Guid planItemId, PlanDefinition plan, DateOnly asOf, CancellationToken ct = default)
    {
        var span = PlanSpan.Of(plan);
        var last = span.End < asOf ? span.End : asOf;
        var fromUtc = LocalMidnightUtc(span.Start);
        var toUtc = LocalMidnightUtc(last.AddDays(1));

        // A linked item counts only inside a rule's window and every window lies inside the span, so the span alone
        // selects every item that can count, linked or not; of those, only the units some rule can count are read.
        var units = await LoadUnitsAsync(ct);
        var countable = QuotaEngine.CountableUnits(plan, units);
        var rows = await PlanItemReader.ReadAsync(db, fromUtc, toUtc, countable is null ? null : (countable, planItemId), ct);
        var slugById = await TopicSlugsAsync(ct);

        // A site has a few dozen topics, units and types: one string instance each keeps 10,000s of items small.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s) => strings.TryGetValue(s, out var known) ? known : strings[s] = s;

        var links = await db.TaskLinks.AsNoTracking()
            .Where(l => l.PlanItemId == planItemId)
            .Select(l => new { l.ContentItemId, l.TaskCode })
            .ToListAsync(ct);
        var linksByItem = links.GroupBy(l => l.ContentItemId)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(l => l.TaskCode).ToArray());

        // A site has a few dozen topic combinations: each is resolved to slugs once and its list shared by its items.
        var topicsByList = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        IReadOnlyCollection<string> TopicsOf(string? ids)
        {
            if (ids is null)
            {
                return [];
            }

            if (!topicsByList.TryGetValue(ids, out var slugs))
            {
                var list = new List<string>(2);
                TopicIdList.ForEach(ids, id =>
                {
                    // A merged topic's id resolves to its target's slug, once, as the merge moved the links there.
                    if (slugById.TryGetValue(id, out var slug) && !list.Contains(slug))
                    {
                        list.Add(slug);
                    }
                });
                topicsByList[ids] = slugs = list;
            }

            return slugs;
        }

        var items = new List<QuotaItem>(rows.Count);
        foreach (var r in rows)
        {
            items.Add(new QuotaItem(
                r.ContentItemId,
                Intern(r.ContentType),
                r.Title,
                string.IsNullOrEmpty(r.DocumentKind) ? null : Intern(r.DocumentKind),
                TopicsOf(r.TopicIds),
                r.UnitCode is null ? null : Intern(r.UnitCode),
                new DateTimeOffset(r.PublishedUtc).ToOffset(VietnamTime.Offset),
                linksByItem.GetValueOrDefault(r.ContentItemId) ?? []));
        }

        var procedures = plan.Tasks.Any(t => t.Rules.OfType<CoverageRule>().Any())
            ? await LoadProcedureHistoryAsync(asOf, QuotaEngine.AgencyUnits(plan, units), ct)
            : [];
        return new QuotaInput(items, units, procedures);
    }

    /// <summary>Every unit with its parent and successors, in one query.</summary>
    public async Task<IReadOnlyList<QuotaUnit>> LoadUnitsAsync(CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking()
            .OrderBy(u => u.Code)
            .Select(u => new
            {
                u.Code,
                u.Name,
                Parent = u.Parent != null ? u.Parent.Code : null,
                u.ValidFrom,
                u.ValidTo,
                Successors = u.Successors.Select(s => s.Code).ToList(),
            })
            .ToListAsync(ct);
        return units.Select(u => new QuotaUnit(u.Code, u.Name, u.Parent, u.ValidFrom, u.ValidTo, u.Successors)).ToList();
    }

    /// <summary>
    /// The publication history of every procedure published before the end of <paramref name="asOf"/>, for coverage
    /// rules (see <see cref="ProcedureHistoryReader"/>); the engine keeps the issuing agency's and replays the history
    /// as of the date.
    /// </summary>
    public Task<IReadOnlyList<ProcedureHistory>> LoadProcedureHistoryAsync(DateOnly asOf, IReadOnlySet<string>? agencyUnits = null, CancellationToken ct = default) =>
        ProcedureHistoryReader.ReadAsync(db, LocalMidnightUtc(asOf.AddDays(1)), agencyUnits, ct);

    /// <summary>
    /// Topic id to slug, a merged topic's id to the slug of the topic it was (transitively) merged into: published
    /// versions keep the ids they were published with (see ContentVersion.PublishedTopicIds).
    /// </summary>
    private async Task<Dictionary<int, string>> TopicSlugsAsync(CancellationToken ct)
    {
        var topics = await db.Topics.AsNoTracking().Select(t => new { t.Id, t.Slug, t.MergedIntoId }).ToDictionaryAsync(t => t.Id, ct);
        var slugs = new Dictionary<int, string>(topics.Count);
        foreach (var topic in topics.Values)
        {
            var final = topic;
            // The bound guards against a cycle, which the merge form never makes but a hand-edited database could.
            for (var hops = 0; final.MergedIntoId is { } next && topics.TryGetValue(next, out var target) && hops < topics.Count; hops++)
            {
                final = target;
            }

            slugs[topic.Id] = final.Slug;
        }

        return slugs;
    }

    internal static DateTime LocalMidnightUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).UtcDateTime;
}
