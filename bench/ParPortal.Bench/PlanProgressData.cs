using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Plans;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using ParPortal.Time;

namespace ParPortal.Bench;

/// <summary>
/// The database of the plan-progress benchmark: two agencies' units, the topics, the published plan, and the items
/// inserted in bulk with raw ADO.NET in EF's storage formats (procedures with an in-force or abolished status, some
/// taken down later with the audit entry every path writes).
/// </summary>
internal static class PlanProgressData
{
    /// <summary>Units, topics and the published plan, through EF as the application writes them.</summary>
    public static async Task<Guid> SeedAsync(ParPortalDbContext db, PlanDefinition plan)
    {
        foreach (var agency in new[] { "GTVT", "SYT" })
        {
            var root = new Unit { Code = agency, Name = "Sở " + agency, ValidFrom = new DateOnly(2008, 4, 1) };
            db.Units.Add(root);
            foreach (var code in Units.Where(u => u.StartsWith(agency + "-", StringComparison.Ordinal)))
            {
                db.Units.Add(new Unit { Code = code, Name = code, Parent = root, ValidFrom = new DateOnly(2008, 4, 1) });
            }
        }

        for (var i = 0; i < Topics.Length; i++)
        {
            db.Topics.Add(new Topic { Name = Topics[i], Slug = Topics[i], SortOrder = i });
        }

        var published = new DateTime(2024, 1, 1, 1, 0, 0, DateTimeKind.Utc);
        var item = new ContentItem { Id = Guid.NewGuid(), ContentType = ContentTypes.Plan, Slug = "ke-hoach-2024", LatestVersionNumber = 1, PublishedVersionNumber = 1, CreatedUtc = published, FirstPublishedUtc = published };
        item.Versions.Add(new PlanVersion
        {
            Id = Guid.NewGuid(), VersionNumber = 1, State = ContentState.Published, IsLatest = true, IsPublished = true, Title = plan.Title,
            Number = plan.Number, Year = plan.Year, CreatedUtc = published, PublishedUtc = published, FirstPublishedUtc = published, DefinitionJson = PlanJson.Serialize(plan),
        });
        db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>Bulk insert with raw ADO.NET: one transaction, prepared commands, values in EF's storage formats.</summary>
    public static async Task InsertItemsAsync(string cs, PlanDefinition plan, Guid planId, int count)
    {
        await using var connection = new SqliteConnection(cs);
        await connection.OpenAsync();
        var unitIds = new Dictionary<string, long>();
        var topicIds = new List<long>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id, Code FROM Units";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                unitIds[r.GetString(1)] = r.GetInt64(0);
            }
        }

        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM Topics ORDER BY SortOrder";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                topicIds.Add(r.GetInt64(0));
            }
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var itemCmd = Command(connection, tx,
            "INSERT INTO ContentItems (Id, ContentType, Slug, LatestVersionNumber, PublishedVersionNumber, CreatedUtc, FirstPublishedUtc, ConcurrencyStamp) VALUES ($id, $type, $slug, 1, 1, $at, $at, $stamp)",
            "$id", "$type", "$slug", "$at", "$stamp");
        var versionCmd = Command(connection, tx,
            "INSERT INTO ContentVersions (Id, ContentItemId, VersionNumber, State, IsLatest, IsPublished, Title, UnitId, CreatedUtc, PublishedUtc, FirstPublishedUtc, PublishedTopicIds, ContentType, DocumentType, Status) VALUES ($id, $item, 1, $state, 1, $published, $title, $unit, $at, $at, $at, $topics, $type, $kind, $status)",
            "$id", "$item", "$state", "$published", "$title", "$unit", "$at", "$topics", "$type", "$kind", "$status");
        var auditCmd = Command(connection, tx,
            "INSERT INTO AuditLog (TimestampUtc, UserName, Action, ContentItemId, ContentType, VersionNumber) VALUES ($at, 'bench', 'unpublish', $item, 'Procedure', 1)",
            "$at", "$item");
        var topicCmd = Command(connection, tx, "INSERT OR IGNORE INTO ContentVersionTopics (TopicId, VersionId) VALUES ($topic, $version)", "$topic", "$version");
        var linkCmd = Command(connection, tx, "INSERT OR IGNORE INTO ContentTaskLinks (ContentItemId, PlanItemId, TaskCode) VALUES ($item, $plan, $code)", "$item", "$plan", "$code");

        // A fixed seed keeps runs comparable; the same mix as the quota benchmark.
        var random = new Random(42);
        var start = new DateTime(2019, 12, 31, 17, 0, 0, DateTimeKind.Utc);
        var codes = plan.Tasks.Select(t => t.Code).ToArray();
        var planKey = Key(planId);
        for (var i = 0; i < count; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var itemId = Key(Guid.NewGuid());
            var versionId = Key(Guid.NewGuid());
            var at = start.AddMinutes(random.Next(6 * 366 * 24 * 60)).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            Run(itemCmd, itemId, type, "tin-" + i.ToString(CultureInfo.InvariantCulture), at, Key(Guid.NewGuid()));
            var unit = unitIds[Units[random.Next(Units.Length)]];
            object kind = type == ContentTypes.Document ? Kinds[random.Next(Kinds.Length)] : DBNull.Value;
            long[] topics = [topicIds[random.Next(topicIds.Count)], topicIds[random.Next(topicIds.Count)]];
            // The published version's copy of its topic ids, as ContentVersion.RecordPublication writes it.
            var topicList = TopicIdList.Format(topics.Select(t => (int)t)) ?? (object)DBNull.Value;
            // Procedures: one in twenty abolished, one in fifty taken down a month after publication (the audit log
            // records it), so that coverage replays a real history.
            object status = type == ContentTypes.Procedure ? (random.Next(20) == 0 ? "Abolished" : "InForce") : DBNull.Value;
            var takenDown = type == ContentTypes.Procedure && random.Next(50) == 0;
            Run(versionCmd, versionId, itemId, takenDown ? "Unpublished" : "Published", takenDown ? 0 : 1, "Tin " + i.ToString(CultureInfo.InvariantCulture), unit, at, topicList, type, kind, status);
            if (takenDown)
            {
                var removed = DateTime.ParseExact(at, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).AddDays(30);
                Run(auditCmd, removed.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), itemId);
            }
            Run(topicCmd, topics[0], versionId);
            Run(topicCmd, topics[1], versionId);
            if (random.Next(50) == 0)
            {
                Run(linkCmd, itemId, planKey, codes[random.Next(codes.Length)]);
            }
        }

        await tx.CommitAsync();
    }

    // The plan's agency and another agency of the same provincial portal, publishing as much.
    private static readonly string[] Units =
    [
        "GTVT", "GTVT-VP", "GTVT-TTR", "GTVT-QLVT", "GTVT-KCHT", "GTVT-CL", "GTVT-KHTC", "GTVT-DK",
        "SYT", "SYT-VP", "SYT-NV", "SYT-KHTC", "SYT-TTR", "SYT-TCCB", "SYT-DUOC", "SYT-TTYT",
    ];
    private static readonly string[] Types = ["Article", "Article", "Article", "Document", "Procedure", "Hotline", "IndexResult"];
    private static readonly string[] Kinds = ["Kế hoạch", "Quyết định", "Công văn", "Báo cáo", "Thông báo", "Hướng dẫn"];
    private static readonly string[] Topics = ["chi-dao-dieu-hanh", "cai-cach-the-che", "cai-cach-thu-tuc-hanh-chinh", "mot-cua-lien-thong", "chinh-quyen-so", "chi-so-cchc", "sang-kien-mo-hinh", "ky-luat-ky-cuong", "dich-vu-cong-truc-tuyen"];

    /// <summary>EF Core stores a Guid in SQLite as upper-case text; the benchmark must match it.</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
