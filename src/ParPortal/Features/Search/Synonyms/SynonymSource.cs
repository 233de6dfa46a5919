using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPortal.Data;

namespace ParPortal.Features.Search.Synonyms;

/// <summary>
/// The synonym dictionary queries are expanded with: the editors' saved text, or <see cref="SynonymDefaults"/> while
/// none was saved. Parsed once and kept for <see cref="SearchOptions.SynonymRefresh"/>; a save on this node replaces
/// it at once.
/// </summary>
public sealed class SynonymSource(IOptions<SearchOptions> options, TimeProvider clock)
{
    private static readonly SynonymDictionary Defaults = ParseShipped();

    private (SynonymDictionary Dictionary, DateTimeOffset At)? _current;

    /// <summary>The shipped dictionary (engine tests and benchmarks use it directly).</summary>
    public static SynonymDictionary Shipped => Defaults;

    public async Task<SynonymDictionary> GetAsync(ParPortalDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_current is { } c && now - c.At < options.Value.SynonymRefresh)
        {
            return c.Dictionary;
        }
        var text = await db.SearchVocabulary.AsNoTracking().Where(v => v.Id == 1).Select(v => v.Synonyms).SingleOrDefaultAsync(ct);
        // A saved text was valid when saved; should it not parse any more (a stricter rule), search goes on without it.
        var dictionary = text is null ? Defaults : SynonymDictionary.Parse(text).Dictionary ?? SynonymDictionary.Empty;
        _current = (dictionary, now);
        return dictionary;
    }

    private static SynonymDictionary ParseShipped()
    {
        var (dictionary, errors) = SynonymDictionary.Parse(SynonymDefaults.Text);
        return dictionary ?? throw new InvalidOperationException("The shipped synonym dictionary does not parse: " + string.Join(" ", errors));
    }

    /// <summary>Uses <paramref name="dictionary"/> from now on (after a save on this node).</summary>
    public void Replace(SynonymDictionary dictionary) => _current = (dictionary, clock.GetUtcNow());
}
