using Microsoft.EntityFrameworkCore;
using ParPortal.Data;

namespace ParPortal.Bench;

/// <summary>
/// The items query plan progress ran before published versions carried their item's first publication and topic
/// ids (join to ContentItems by the TEXT Guid key and one row per topic link), kept verbatim so that
/// <c>plan-progress</c> can time it on the same database in the same process: this machine is too noisy for figures
/// from separate runs. It still runs because the old columns are all still there.
/// </summary>
internal static class PlanProgressBaseline
{
    public static async Task<int> LoadItemsAsync(ParPortalDbContext db, DateTime fromUtc, DateTime toUtc)
    {
        var rows = await db.Database.SqlQuery<Row>($"""
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
            """).ToListAsync();
        return rows.Select(r => r.Id).Distinct().Count();
    }

    private sealed record Row(Guid Id, Guid ContentItemId, string ContentType, string Title, string? DocumentKind, string? UnitCode, DateTime? Published, int? TopicId);
}
