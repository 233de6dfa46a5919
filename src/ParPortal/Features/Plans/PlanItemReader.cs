using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using ParPortal.Data;

namespace ParPortal.Features.Plans;

/// <summary>One published version a plan can count: its item, type, title, document kind, unit, first publication and topic ids.</summary>
internal sealed record PlanItemRow(Guid ContentItemId, string ContentType, string Title, string? DocumentKind, string? UnitCode, DateTime PublishedUtc, string? TopicIds);

/// <summary>
/// Reads the published versions whose item was first published in [from, to) with one range scan of the covering
/// partial index IX_ContentVersions_PlanProgress (see DocumentVersionConfiguration): every column read here is in it.
/// When the plan's countable units are known (<see cref="Quotas.Engine.QuotaEngine.CountableUnits"/>), only their
/// items and the items linked to the plan are read: on a provincial portal the other agencies' items are most of the
/// rows, and reading a row costs more than the engine's work on it.
/// </summary>
/// <remarks>
/// Hand-written SQL (identifiers quoted, so the same text runs on SQLite and PostgreSQL) because EF's LINQ
/// translation writes the flag as a bare <c>"IsPublished"</c>, which SQLite cannot match to an index, and the term
/// <c>"IsPublished" = TRUE</c> must be written exactly so for SQLite to use the partial index. Read from the data
/// reader rather than with EF's SqlQuery: at 10,000s of rows EF's materializer and SQLite's general date parser
/// cost about 10 ms of CPU more, a third of the read (measured with the plan-progress benchmark's CPU times).
/// </remarks>
internal static class PlanItemReader
{
    private const string Sql = """
        SELECT "v"."ContentItemId", "v"."ContentType", "v"."Title",
               CASE WHEN "v"."ContentType" = 'Document' THEN "v"."DocumentType" END,
               "u"."Code", "v"."FirstPublishedUtc", "v"."PublishedTopicIds"
        FROM "ContentVersions" AS "v"
        LEFT JOIN "Units" AS "u" ON "v"."UnitId" = "u"."Id"
        WHERE "v"."IsPublished" = TRUE AND "v"."FirstPublishedUtc" >= @from AND "v"."FirstPublishedUtc" < @to
        """;

    // {0}: the unit code parameters. An empty list leaves only the linked items.
    private const string OfUnits = """
         AND ("u"."Code" IN ({0})
              OR "v"."ContentItemId" IN (SELECT "l"."ContentItemId" FROM "ContentTaskLinks" AS "l" WHERE "l"."PlanItemId" = @plan))
        """;

    /// <param name="units">The plan's countable unit codes and its item id, or null to read every unit's items.</param>
    public static async Task<List<PlanItemRow>> ReadAsync(
        ParPortalDbContext db, DateTime fromUtc, DateTime toUtc, (IReadOnlySet<string> Codes, Guid PlanItemId)? units, CancellationToken ct)
    {
        // The command is built and run through EF's relational command pipeline, not on the bare connection: EF
        // opens and closes the connection, joins a current transaction, types the parameters by its mappings on each
        // engine, and logs the command and raises its diagnostics (which the no-N+1 test counts). Only the
        // materializer is skipped.
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        var dateMapping = mappings.GetMapping(typeof(DateTime));
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create()
            .AddParameter("from", "@from", dateMapping, nullable: false)
            .AddParameter("to", "@to", dateMapping, nullable: false);
        var parameters = new Dictionary<string, object?> { ["from"] = fromUtc, ["to"] = toUtc };
        if (units is not { } scope)
        {
            builder.Append(Sql);
        }
        else
        {
            var codes = scope.Codes.Order(StringComparer.Ordinal).ToList();
            var names = codes.Select((_, i) => "u" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            builder.Append(Sql).Append(string.Format(CultureInfo.InvariantCulture, OfUnits, codes.Count == 0 ? "NULL" : string.Join(", ", names.Select(n => "@" + n))));
            builder.AddParameter("plan", "@plan", mappings.GetMapping(typeof(Guid)), nullable: false);
            parameters["plan"] = scope.PlanItemId;
            for (var i = 0; i < codes.Count; i++)
            {
                builder.AddParameter(names[i], "@" + names[i], mappings.GetMapping(typeof(string)), nullable: false);
                parameters[names[i]] = codes[i];
            }
        }

        await using var reader = await builder.Build().ExecuteReaderAsync(
            new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(), parameters, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()),
            ct);
        var data = reader.DbDataReader;
        var rows = new List<PlanItemRow>();
        // SQLite hands the dates back as the text EF stored; PostgreSQL as timestamps.
        var textDates = data.GetFieldType(5) == typeof(string);
        while (await data.ReadAsync(ct))
        {
            rows.Add(new PlanItemRow(
                data.GetGuid(0),
                data.GetString(1),
                data.GetString(2),
                data.IsDBNull(3) ? null : data.GetString(3),
                data.IsDBNull(4) ? null : data.GetString(4),
                textDates ? ParseStoredUtc(data.GetString(5)) : DateTime.SpecifyKind(data.GetDateTime(5), DateTimeKind.Utc),
                data.IsDBNull(6) ? null : data.GetString(6)));
        }

        return rows;
    }

    /// <summary>
    /// Parses EF Core's SQLite storage form of a DateTime, "yyyy-MM-dd HH:mm:ss" with up to seven fraction digits,
    /// digit by digit; anything else goes to the general parser.
    /// </summary>
    internal static DateTime ParseStoredUtc(string s)
    {
        if (s.Length >= 19 && s[4] == '-' && s[7] == '-' && s[10] == ' ' && s[13] == ':' && s[16] == ':'
            && (s.Length == 19 || (s[19] == '.' && s.Length <= 27)))
        {
            var ticks = 0L;
            var ok = true;
            for (var i = 20; i < 27; i++)
            {
                var d = i < s.Length ? s[i] - '0' : 0;
                ok &= d is >= 0 and <= 9;
                ticks = ticks * 10 + d;
            }

            int N(int at, int len)
            {
                var v = 0;
                for (var i = at; i < at + len; i++)
                {
                    var d = s[i] - '0';
                    ok &= d is >= 0 and <= 9;
                    v = v * 10 + d;
                }

                return v;
            }

            var (year, month, day, hour, minute, second) = (N(0, 4), N(5, 2), N(8, 2), N(11, 2), N(14, 2), N(17, 2));
            if (ok && year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                && hour < 24 && minute < 60 && second < 60)
            {
                return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
            }
        }

        return DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }
}
