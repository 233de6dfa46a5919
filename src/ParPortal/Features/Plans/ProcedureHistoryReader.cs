using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Data;
using ParPortal.Quotas.Input;

namespace ParPortal.Features.Plans;

/// <summary>
/// Reads the publication history of procedures for coverage rules in two flat commands: every procedure version ever
/// published up to a moment (item, version, publication, in force or abolished, unit), and the unpublish and archive
/// entries of the audit log, which every path (content manager, procedure import) writes. Hand-written SQL read
/// through EF's command pipeline, as <see cref="PlanItemReader"/> does and for the same reasons: tens of thousands of
/// rows at the size of a provincial portal, where EF's materializer is a third of the cost.
/// </summary>
internal static class ProcedureHistoryReader
{
    private const string Versions = """
        SELECT "v"."ContentItemId", "v"."VersionNumber", "v"."PublishedUtc", "v"."Status", "u"."Code"
        FROM "ContentVersions" AS "v"
        LEFT JOIN "Units" AS "u" ON "v"."UnitId" = "u"."Id"
        WHERE "v"."ContentType" = 'Procedure' AND "v"."PublishedUtc" IS NOT NULL AND "v"."PublishedUtc" < @to
        """;

    // Every version of the procedures that were ever published under one of the agency's units: a procedure moved
    // to another agency keeps its later versions, which tell when it left.
    private const string OfAgency = """
         AND "v"."ContentItemId" IN (
            SELECT "w"."ContentItemId" FROM "ContentVersions" AS "w"
            WHERE "w"."ContentType" = 'Procedure' AND "w"."PublishedUtc" IS NOT NULL
              AND "w"."UnitId" IN (SELECT "x"."Id" FROM "Units" AS "x" WHERE "x"."Code" IN ({0})))
        """;

    private const string Removals = """
        SELECT "a"."ContentItemId", "a"."TimestampUtc", "a"."Action"
        FROM "AuditLog" AS "a"
        WHERE "a"."ContentType" = 'Procedure' AND "a"."ContentItemId" IS NOT NULL AND "a"."Action" IN ('unpublish', 'archive') AND "a"."TimestampUtc" < @to
        """;

    /// <param name="agencyUnits">The agency's unit codes (null: every procedure of the site).</param>
    public static async Task<IReadOnlyList<ProcedureHistory>> ReadAsync(ParPortalDbContext db, DateTime toUtc, IReadOnlySet<string>? agencyUnits, CancellationToken ct)
    {
        var publications = new Dictionary<Guid, List<ProcedurePublication>>();
        var codes = agencyUnits?.Order(StringComparer.Ordinal).ToList() ?? [];
        var sql = agencyUnits is null ? Versions
            : codes.Count == 0 ? Versions + " AND 1 = 0"
            : Versions + string.Format(System.Globalization.CultureInfo.InvariantCulture, OfAgency, string.Join(", ", codes.Select((_, i) => "@u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        await ReadRowsAsync(db, sql, toUtc, codes, ct, r =>
        {
            var id = r.GetGuid(0);
            if (!publications.TryGetValue(id, out var list))
            {
                publications[id] = list = new List<ProcedurePublication>(1);
            }

            list.Add(new ProcedurePublication(r.GetInt32(1), Utc(r, 2), r.IsDBNull(3) || r.GetString(3) != "Abolished", r.IsDBNull(4) ? null : r.GetString(4)));
        });
        var removals = new Dictionary<Guid, List<ProcedureRemoval>>();
        await ReadRowsAsync(db, Removals, toUtc, [], ct, r =>
        {
            var id = r.GetGuid(0);
            if (!removals.TryGetValue(id, out var list))
            {
                removals[id] = list = [];
            }

            list.Add(new ProcedureRemoval(Utc(r, 1), r.GetString(2) == "archive"));
        });
        return publications.Select(p => new ProcedureHistory(p.Key, p.Value, removals.GetValueOrDefault(p.Key) ?? [])).ToList();
    }

    private static async Task ReadRowsAsync(
        ParPortalDbContext db, string sql, DateTime toUtc, IReadOnlyList<string> codes, CancellationToken ct, Action<System.Data.Common.DbDataReader> row)
    {
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create()
            .Append(sql)
            .AddParameter("to", "@to", mappings.GetMapping(typeof(DateTime)), nullable: false);
        var values = new Dictionary<string, object?> { ["to"] = toUtc };
        for (var i = 0; i < codes.Count; i++)
        {
            var name = "u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.AddParameter(name, "@" + name, mappings.GetMapping(typeof(string)), nullable: false);
            values[name] = codes[i];
        }

        var command = builder.Build();
        await using var reader = await command.ExecuteReaderAsync(
            new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(), values, null, db,
                db.GetService<Microsoft.EntityFrameworkCore.Diagnostics.IRelationalCommandDiagnosticsLogger>()),
            ct);
        while (await reader.DbDataReader.ReadAsync(ct))
        {
            row(reader.DbDataReader);
        }
    }

    /// <summary>SQLite hands dates back as the text EF stored; PostgreSQL as timestamps.</summary>
    private static DateTimeOffset Utc(System.Data.Common.DbDataReader r, int column) =>
        new(r.GetFieldType(column) == typeof(string)
            ? PlanItemReader.ParseStoredUtc(r.GetString(column))
            : DateTime.SpecifyKind(r.GetDateTime(column), DateTimeKind.Utc));
}
