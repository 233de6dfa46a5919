namespace ParPortal.Quotas.Engine;

/// <summary>
/// Dense integer ids for the strings an index meets (types, topics, units, document kinds, task codes), so that
/// filters test an item with array look-ups instead of hashing strings for every item of every rule.
/// </summary>
internal sealed class KeyTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public string NameOf(int id) => _names[id];

    public int Intern(string key)
    {
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out var exists);
        if (!exists)
        {
            id = _names.Count;
            _names.Add(key);
        }
        return id;
    }

    /// <summary>The id of <paramref name="key"/>, or -1 when no item of the index carries it.</summary>
    public int Find(string key) => _ids.TryGetValue(key, out var id) ? id : -1;
}
