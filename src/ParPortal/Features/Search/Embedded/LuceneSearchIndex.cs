using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using ParPortal.Features.Search.Synonyms;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ParPortal.Features.Search.Embedded;

/// <summary>Why the index at start-up cannot be used as it is.</summary>
public enum IndexProblem
{
    None,
    Missing,
    Corrupt,
    OtherSchema,
    Incomplete,
}

/// <summary>
/// The Lucene index of the embedded (SQLite) deployment: one folder in the data folder, one writer for the life of
/// the process (Lucene's write lock keeps a second process out), near-real-time searchers. Every commit records what
/// it holds (the index schema, the last outbox row applied, whether a rebuild finished), so that a process killed at
/// any moment restarts from what the last commit says and nothing else.
/// </summary>
public sealed class LuceneSearchIndex : IDisposable
{
    /// <summary>Changes when the document layout changes: an index of another layout is rebuilt at start.</summary>
    public const string SchemaVersion = "3";

    private const string SchemaKey = "schema", StateKey = "state", OutboxKey = "outbox", Complete = "complete", Rebuilding = "rebuilding";

    private readonly object _gate = new();
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    /// <param name="searchThreads">Threads one search may use (<see cref="SearchOptions.SearchThreads"/>; 0: the default).</param>
    public LuceneSearchIndex(string folder, int searchThreads = 0)
    {
        Folder = Path.GetFullPath(folder);
        SearchThreads = searchThreads > 0 ? searchThreads : LuceneParallel.DefaultThreads;
    }

    /// <summary>Threads one search uses at most (its segments in parallel: <see cref="LuceneParallel"/>).</summary>
    public int SearchThreads { get; }

    public string Folder { get; }

    /// <summary>What was wrong with the index when it was opened (<see cref="IndexProblem.None"/> when it was sound).</summary>
    public IndexProblem ProblemAtOpen { get; private set; }

    /// <summary>The last outbox row whose change the committed index holds (0 when none).</summary>
    public long OutboxMark => _writer?.CommitData.TryGetValue(OutboxKey, out var v) == true && long.TryParse(v, out var mark) ? mark : 0;

    /// <summary>False while a rebuild has started and not finished (also after a crash in the middle of one).</summary>
    public bool IsComplete => _writer?.CommitData.TryGetValue(StateKey, out var v) == true && v == Complete;

    public bool IsOpen => _writer is not null;

    /// <summary>
    /// Opens the folder for writing and searching, creating an empty index when it is missing, corrupt or of another
    /// schema (<see cref="ProblemAtOpen"/> says which; the caller then rebuilds). Throws
    /// <see cref="LockObtainFailedException"/> when another process has it open.
    /// </summary>
    public IndexProblem Open()
    {
        lock (_gate)
        {
            if (_writer is not null)
            {
                return ProblemAtOpen;
            }
            System.IO.Directory.CreateDirectory(Folder);
            _directory = new LuceneMappedDirectory(new DirectoryInfo(Folder));
            var problem = Inspect(_directory);
            try
            {
                _writer = new IndexWriter(_directory, Config(problem == IndexProblem.None ? OpenMode.APPEND : OpenMode.CREATE));
            }
            catch (Exception e) when (problem != IndexProblem.None && e is not LockObtainFailedException)
            {
                // A damaged segments file can defeat even CREATE; start from an empty folder (the lock file stays).
                foreach (var file in System.IO.Directory.EnumerateFiles(Folder).Where(f => Path.GetFileName(f) != "write.lock"))
                {
                    File.Delete(file);
                }
                _writer = new IndexWriter(_directory, Config(OpenMode.CREATE));
            }
            if (problem != IndexProblem.None)
            {
                CommitCore(0, complete: false);
            }
            _searchers = new SearcherManager(_writer, true, new FacetSearcherFactory(SearchThreads));
            ProblemAtOpen = problem;
            return problem;
        }
    }

    /// <summary>Replaces every document of the given items by <paramref name="documents"/> (none: the items are gone).</summary>
    public void Replace(IEnumerable<Guid> items, IReadOnlyList<SearchDocument> documents)
    {
        var writer = Writer;
        foreach (var item in items)
        {
            writer.DeleteDocuments(LuceneFields.ItemTerm(item));
        }
        Add(documents);
    }

    /// <summary>Inserts or replaces documents, keyed by (ItemId, IsPublished).</summary>
    public void Upsert(IReadOnlyList<SearchDocument> documents)
    {
        foreach (var d in documents)
        {
            SearchDocumentValidator.Validate(d);
        }
        var texts = IndexedText.FromMany(documents);
        for (var i = 0; i < documents.Count; i++)
        {
            Writer.UpdateDocument(LuceneFields.KeyTerm(documents[i].ItemId, documents[i].IsPublished), LuceneFields.Build(documents[i], texts[i]));
        }
    }

    /// <summary>Adds documents known to be absent (after <see cref="Replace"/>'s deletes or <see cref="DeleteAll"/>).</summary>
    public void Add(IReadOnlyList<SearchDocument> documents)
    {
        foreach (var d in documents)
        {
            SearchDocumentValidator.Validate(d);
        }
        var texts = IndexedText.FromMany(documents);
        Writer.AddDocuments(documents.Select((d, i) => LuceneFields.Build(d, texts[i])));
    }

    /// <summary>Removes an item's published document, draft document, or both (<paramref name="isPublished"/> null).</summary>
    public void Delete(Guid itemId, bool? isPublished) =>
        Writer.DeleteDocuments(isPublished is { } p ? LuceneFields.KeyTerm(itemId, p) : LuceneFields.ItemTerm(itemId));

    public void DeleteAll() => Writer.DeleteAll();

    /// <summary>
    /// Makes the changes durable, recording the outbox mark and whether the index is complete, then makes them
    /// visible to searches. A crash before this returns leaves the previous commit.
    /// </summary>
    public void Commit(long outboxMark, bool complete)
    {
        lock (_gate)
        {
            CommitCore(outboxMark, complete);
        }
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>Runs a search on the current searcher.</summary>
    public SearchResults Search(SearchRequest request, SynonymDictionary synonyms) => Search(request, synonyms, baseline: false);

    /// <summary>Runs a search, the way before the tiered first pass when <paramref name="baseline"/> (benchmark and tests).</summary>
    internal SearchResults Search(SearchRequest request, SynonymDictionary synonyms, bool baseline)
    {
        var searcher = Searchers.Acquire();
        try
        {
            return LuceneSearcher.Search((FacetSearcher)searcher, request, synonyms, baseline);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>Published titles beginning with, or else holding, the typed words.</summary>
    public IReadOnlyList<SearchSuggestion> Suggest(string prefix, int limit) => Suggest(prefix, limit, LuceneSuggester.MaxPrefixPostings);

    /// <param name="maxPrefixPostings">Above this many title postings of the half-typed word, titles are checked one by one (tests try both ways).</param>
    internal IReadOnlyList<SearchSuggestion> Suggest(string prefix, int limit, long maxPrefixPostings)
    {
        var searcher = Searchers.Acquire();
        try
        {
            return LuceneSuggester.Suggest(searcher, prefix, limit, maxPrefixPostings);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>How the policy scored the top published hits of a query (the relevance benchmark's --explain).</summary>
    internal IReadOnlyList<string> Explain(string query, SynonymDictionary synonyms, int top)
    {
        var searcher = Searchers.Acquire();
        try
        {
            var lucene = new LuceneQueryBuilder(searcher.IndexReader).Build(Ranking.SearchQuery.Parse(query, synonyms));
            var filter = new QueryWrapperFilter(new TermQuery(new Term(LuceneFields.Published, "1")));
            return searcher.Search(lucene, filter, top).ScoreDocs
                .Select(d => searcher.Doc(d.Doc).Get(LuceneFields.Title) + "\n" + searcher.Explain(lucene, d.Doc))
                .ToList();
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>Documents in the index (published and drafts), for status pages and tests.</summary>
    public int DocumentCount()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searchers?.Dispose();
            // Uncommitted changes are dropped on purpose: whatever they were, their outbox rows are still there.
            _writer?.Rollback();
            _writer?.Dispose();
            _directory?.Dispose();
            _searchers = null;
            _writer = null;
            _directory = null;
        }
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is not open.");

    internal SearcherManager Searchers => _searchers ?? throw new InvalidOperationException("The search index is not open.");

    private void CommitCore(long outboxMark, bool complete)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion,
            [StateKey] = complete ? Complete : Rebuilding,
            [OutboxKey] = outboxMark.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Writer.Commit();
    }

    private static IndexWriterConfig Config(OpenMode mode) => new(LuceneFields.Version, LuceneFields.CreateAnalyzer())
    {
        OpenMode = mode,
        Similarity = LuceneFields.Similarity,
        // Rebuilds add 100,000 documents in one go: a larger buffer flushes fewer, larger segments.
        RAMBufferSizeMB = 48,
        // Lucene's default floor (2 MB) counts every smaller segment as 2 MB, so an index of a few MB (10,000 items is
        // 6 MB) may hold only three segments and each editor's save rewrote the whole index in a merge: 60 % of the
        // write path's CPU in the page benchmark. At 0.5 MB small segments merge among themselves (host CPU per save
        // 50 → 21 ms, docs/decisions.md).
        MergePolicy = new TieredMergePolicy { FloorSegmentMB = 0.5 },
    };

    /// <summary>Reads the last commit without taking the write lock: is there one, is it readable, is it ours and whole?</summary>
    private static IndexProblem Inspect(LuceneDirectory directory)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return IndexProblem.Missing;
            }
            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion)
            {
                return IndexProblem.OtherSchema;
            }
            // Opening the reader checked the segment files' headers; reading one stored document of each segment
            // also reads their data files, which catches a truncated or overwritten file.
            foreach (var leaf in reader.Leaves)
            {
                if (leaf.Reader.MaxDoc > 0)
                {
                    leaf.Reader.Document(leaf.Reader.MaxDoc - 1);
                }
            }
            return data.TryGetValue(StateKey, out var state) && state == Complete ? IndexProblem.None : IndexProblem.Incomplete;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return IndexProblem.Corrupt;
        }
    }
}
