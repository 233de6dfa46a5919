namespace ParPortal.Features.Search;

/// <summary>Search settings, bound from <c>ParPortal:Search</c>. The defaults suit a site of up to a few hundred thousand items.</summary>
public sealed class SearchOptions
{
    public const string Section = "ParPortal:Search";

    /// <summary>
    /// Where the Lucene index of an SQLite site lives. Empty: <c>search-index</c> in the data folder, next to the
    /// database it is rebuilt from (backups of the data folder may leave it out: a missing index is rebuilt at start).
    /// </summary>
    public string? IndexFolder { get; set; }

    /// <summary>
    /// Outbox rows the indexer applies per index commit. A commit costs an fsync; 500 changes take a few tens of
    /// milliseconds to index, so a spreadsheet import of thousands of procedures is searchable within seconds.
    /// </summary>
    public int IndexBatchSize { get; set; } = 500;

    /// <summary>
    /// How often the indexer looks for outbox rows that no signal announced (changes made by a command-line verb in
    /// another process). Content changes made by the site itself wake it at once. Half a second keeps every change
    /// searchable within a second.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long the indexer, woken by a change, waits for more changes before applying them, so that editors saving
    /// at once share one index commit and flush (each costs an fsync and a small segment to merge later). A search
    /// waiting for a change cuts the wait short; a quarter of a second keeps every change searchable within a second.
    /// </summary>
    public TimeSpan IndexDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a search waits for changes committed before it to reach the index, so an editor who publishes and
    /// then searches finds the item. After this the search answers from the index as it is.
    /// </summary>
    public TimeSpan FreshnessWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a node trusts its copy of the synonym dictionary before reading it again. Saves on this node apply at
    /// once; other nodes of a PostgreSQL deployment see them within this time.
    /// </summary>
    public TimeSpan SynonymRefresh { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Threads one Lucene search (SQLite sites) may use for its segments: 0 for the cores, at most four; 1 for the
    /// calling thread alone. Helpers run only on idle pool threads, so a busy site searches on one thread anyway.
    /// </summary>
    public int SearchThreads { get; set; }

    /// <summary>Run the background indexer (SQLite). Off only for tests that drive the index themselves.</summary>
    public bool BackgroundIndexing { get; set; } = true;
}
