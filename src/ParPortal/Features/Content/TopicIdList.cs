using System.Globalization;

namespace ParPortal.Features.Content;

/// <summary>
/// The compact form of a version's topic ids kept on the published version (<see cref="ContentVersion.PublishedTopicIds"/>):
/// ascending, comma-separated, no spaces ("3,7"), null when there are none. The migrations' backfill writes the same form.
/// </summary>
public static class TopicIdList
{
    /// <summary>The stored form of a set of topic ids; null for none.</summary>
    public static string? Format(IEnumerable<int> ids)
    {
        var sorted = ids.Distinct().Order().ToList();
        return sorted.Count == 0 ? null : string.Join(',', sorted.Select(id => id.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Calls <paramref name="each"/> for every id in a stored list, without allocating per id.</summary>
    public static void ForEach(string? stored, Action<int> each)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return;
        }

        foreach (var range in stored.AsSpan().Split(','))
        {
            if (int.TryParse(stored.AsSpan(range), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                each(id);
            }
        }
    }
}
