using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Procedures;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

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
/// half-year quota. The version's <c>PublishedUtc</c> is the fall-back for rows written before that column existed.
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
        // selects every item that can count, linked or not. FirstPublishedUtc <= PublishedUtc always, so the test on
        // PublishedUtc is implied by the span and lets SQLite and PostgreSQL range-scan the (IsPublished, PublishedUtc)
        // index instead of the whole table.
        //
        // Hand-written SQL (identifiers quoted, so the same text runs on SQLite and PostgreSQL) because EF's LINQ
        // translation cost about a second at 100,000 items: it writes the flag as a bare `"IsPublished"`, which
        // SQLite cannot match to the index (a full scan), and its topic query started from the whole link table and
        // repeated the span's join. Here the span is walked once: each version in it comes with its topic ids (one
        // row per topic, the version's columns repeated), and the topic slugs are a second, tiny query. The test on
        // PublishedUtc < to OR a first publication inside the span is implied by the COALESCE range (a version
        // published after the span counts only when its item first went public inside it); it only lets the engine
        // drop the later versions before looking up their items, the costliest step of the query. SqlQuery
        // still runs through EF: parameters typed by EF's mappings on both engines, one command each.
        var rows = await db.Database.SqlQuery<ItemRow>($"""
            SELECT "v"."Id", "v"."ContentItemId", "i"."ContentType", "v"."Title",
                   CASE WHEN "v"."ContentType" = 'Document' THEN "v"."DocumentType" END AS "DocumentKind",
                   "u"."Code" AS "UnitCode", COALESCE("i"."FirstPublishedUtc", "v"."PublishedUtc") AS "Published",
                   "vt"."TopicId"
            FROM "ContentVersions" AS "v"
            INNER JOIN "ContentItems" AS "i" ON "v"."ContentItemId" = "i"."Id"
            LEFT JOIN "Units" AS "u" ON "v"."UnitId" = "u"."Id"
            LEFT JOIN "ContentVersionTopics" AS "vt" ON "vt"."VersionId" = "v"."Id"
            WHERE "v"."IsPublished" = TRUE AND "v"."PublishedUtc" >= {fromUtc}
              AND ("v"."PublishedUtc" < {toUtc} OR "v"."ContentItemId" IN (
                  SELECT "Id" FROM "ContentItems" WHERE "FirstPublishedUtc" >= {fromUtc} AND "FirstPublishedUtc" < {toUtc}))
              AND COALESCE("i"."FirstPublishedUtc", "v"."PublishedUtc") >= {fromUtc}
              AND COALESCE("i"."FirstPublishedUtc", "v"."PublishedUtc") < {toUtc}
            """).ToListAsync(ct);
        var slugById = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, ct);

        // A site has a few dozen topics, units and types: one string instance each keeps 10,000s of items small.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s) => strings.TryGetValue(s, out var known) ? known : strings[s] = s;
        var topicsByVersion = new Dictionary<Guid, List<string>>(rows.Count);
        var versions = new List<ItemRow>(rows.Count);
        foreach (var r in rows)
        {
            if (!topicsByVersion.TryGetValue(r.Id, out var list))
            {
                topicsByVersion[r.Id] = list = new List<string>(2);
                versions.Add(r);
            }

            if (r.TopicId is { } topicId && slugById.TryGetValue(topicId, out var slug))
            {
                list.Add(slug);
            }
        }

        var links = await db.TaskLinks.AsNoTracking()
            .Where(l => l.PlanItemId == planItemId)
            .Select(l => new { l.ContentItemId, l.TaskCode })
            .ToListAsync(ct);
        var linksByItem = links.GroupBy(l => l.ContentItemId)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(l => l.TaskCode).ToArray());

        var items = new List<QuotaItem>(rows.Count);
        foreach (var r in versions)
        {
            if (r.Published is not { } published)
            {
                continue;
            }

            items.Add(new QuotaItem(
                r.ContentItemId,
                Intern(r.ContentType),
                r.Title,
                string.IsNullOrEmpty(r.DocumentKind) ? null : Intern(r.DocumentKind),
                topicsByVersion[r.Id],
                r.UnitCode is null ? null : Intern(r.UnitCode),
                new DateTimeOffset(DateTime.SpecifyKind(published, DateTimeKind.Utc)).ToOffset(VietnamTime.Offset),
                linksByItem.GetValueOrDefault(r.ContentItemId) ?? []));
        }

        var units = await LoadUnitsAsync(ct);
        var coverage = plan.Tasks.Any(t => t.Rules.OfType<CoverageRule>().Any())
            ? await LoadCoverageAsync(ct)
            : new ProcedureCoverage(0, 0);
        return new QuotaInput(items, units, coverage);
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
    /// The agency's procedure catalogue for coverage rules. "All procedures" are the procedure items whose latest
    /// version is neither archived nor recorded as abolished (an abolished procedure leaves the catalogue, it is not
    /// a gap). "Published and current" are those of them whose PUBLISHED version is in force or amended — what a
    /// citizen actually reads is not an abolished text. A snapshot of now, as the engine documents.
    /// </summary>
    public async Task<ProcedureCoverage> LoadCoverageAsync(CancellationToken ct = default)
    {
        var catalogue = db.Procedures.AsNoTracking()
            .Where(p => p.IsLatest && p.State != ContentState.Archived && p.Status != ProcedureStatus.Abolished);
        var total = await catalogue.CountAsync(ct);
        var current = await catalogue.CountAsync(
            p => db.Procedures.Any(pub => pub.ContentItemId == p.ContentItemId && pub.IsPublished && pub.Status != ProcedureStatus.Abolished), ct);
        return new ProcedureCoverage(total, current);
    }

    /// <summary>One published version in the span with one of its topics (null when it has none).</summary>
    private sealed record ItemRow(Guid Id, Guid ContentItemId, string ContentType, string Title, string? DocumentKind, string? UnitCode, DateTime? Published, int? TopicId);

    private static DateTime LocalMidnightUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).UtcDateTime;
}
