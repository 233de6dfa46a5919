using System.Data.Common;

namespace ParPortal.Features.Search.Postgres;

/// <summary>Small SQL helpers shared by the PostgreSQL search statements.</summary>
internal static class PostgresSql
{
    /// <summary>
    /// A tsquery lexeme. Query words are letters, digits and combining marks only (<c>VietnameseText.WordSpans</c>),
    /// so quoting them makes a tsquery that cannot fail to parse; quotes and backslashes are doubled all the same.
    /// </summary>
    public static string Lexeme(string word, string weights = "") =>
        "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'" + (weights.Length > 0 ? ":" + weights : "");

    /// <summary>Words adjacent and in order (one word: the lexeme), each restricted to <paramref name="weights"/> when given.</summary>
    public static string Phrase(IReadOnlyList<string> words, string weights = "") =>
        words.Count == 1 ? Lexeme(words[0], weights) : "(" + string.Join(" <-> ", words.Select(w => Lexeme(w, weights))) + ")";

    /// <summary>
    /// Switches sequential scans (and, unless <paramref name="indexScans"/>, plain index scans) off for the batch's own
    /// statements, with parallel workers and JIT, and remembers the caller's values. The planner does not know that
    /// testing @@ on a row means reading its TOASTed tsv_fold, so with a LIMIT it prefers walking the table or the
    /// date index and testing every row (0.2–0.7 s for common words); the GIN bitmap answers the same without touching
    /// tsv_fold. JIT: a search's plan can cost past jit_above_cost on paper (disabled paths count 10^10), and compiling
    /// costs more than the statement. work_mem: the counted matches (up to 10,000 rows with their title vectors, about
    /// 4 MB) stay in memory instead of a temporary file. set_config(…, true) lasts at most until the transaction ends
    /// (a batch without one is one implicit transaction). plan_cache_mode: the search statement's plan depends on the
    /// date cutoffs the sample statement sets (<see cref="PostgresSearchSql.SampleSql"/>), so it must be planned each
    /// time even if a connection string turns on automatic preparation (a cached generic plan would keep old cutoffs).
    /// </summary>
    public static void AddPlannerSwitches(DbBatch batch, bool indexScans = false) => Add(batch, $"""
        SELECT set_config('parportal.search_seqscan', current_setting('enable_seqscan'), true),
               set_config('parportal.search_indexscan', current_setting('enable_indexscan'), true),
               set_config('parportal.search_parallel', current_setting('max_parallel_workers_per_gather'), true),
               set_config('parportal.search_jit', current_setting('jit'), true),
               set_config('parportal.search_work_mem', current_setting('work_mem'), true),
               set_config('parportal.search_plan_cache', current_setting('plan_cache_mode'), true),
               set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', '{(indexScans ? "on" : "off")}', true),
               set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true),
               set_config('work_mem', '{SearchWorkMem}', true), set_config('plan_cache_mode', 'force_custom_plan', true)
        """, []);

    /// <summary>Memory for one search statement's materialized match set and counts (see <see cref="AddPlannerSwitches"/>).</summary>
    private const string SearchWorkMem = "16MB";

    /// <summary>Restores what <see cref="AddPlannerSwitches"/> changed.</summary>
    public static void AddPlannerRestore(DbBatch batch) => Add(batch, """
        SELECT set_config('enable_seqscan', current_setting('parportal.search_seqscan'), true),
               set_config('enable_indexscan', current_setting('parportal.search_indexscan'), true),
               set_config('max_parallel_workers_per_gather', current_setting('parportal.search_parallel'), true),
               set_config('jit', current_setting('parportal.search_jit'), true),
               set_config('work_mem', current_setting('parportal.search_work_mem'), true),
               set_config('plan_cache_mode', current_setting('parportal.search_plan_cache'), true)
        """, []);

    /// <summary>Adds a statement with those of <paramref name="parameters"/> that it names.</summary>
    public static void Add(DbBatch batch, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
        }
        batch.BatchCommands.Add(command);
    }
}
