namespace ParPortal.Features.RichText;

/// <summary>
/// In-page anchors: a heading keeps the id an editor gave it, and links to it (<c>href="#…"</c>) keep working. Every
/// id is made a slug prefixed with <see cref="Prefix"/>, so that no article can name an element after something the
/// page's scripts look up by name (DOM clobbering: <c>id="location"</c>, <c>id="form"</c>), and ids are unique in one
/// text.
/// </summary>
internal sealed class HeadingAnchors
{
    /// <summary>Vietnamese for "section": the prefix of every anchor an article defines.</summary>
    public const string Prefix = "muc-";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The id of a heading: prefixed, a slug, unique in this text; null when nothing usable remains.</summary>
    public string? IdFor(string value)
    {
        var id = Anchor(value);
        if (id is null)
        {
            return null;
        }

        var unique = id;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

    /// <summary>A link within the page, pointing at the prefixed anchor; null when the fragment has nothing usable.</summary>
    public static string? Fragment(string href)
    {
        var target = href.Trim()[1..];
        return target.Length == 0 ? "#" : Anchor(Uri.UnescapeDataString(target)) is { } id ? "#" + id : null;
    }

    private static string? Anchor(string value)
    {
        var v = value.Trim();
        if (v.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            v = v[Prefix.Length..];
        }

        var slug = ParPortal.Content.Slug.From(v);
        return slug.Length == 0 ? null : Prefix + (slug.Length > 80 ? slug[..80].TrimEnd('-') : slug);
    }
}
