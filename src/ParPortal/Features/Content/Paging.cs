namespace ParPortal.Features.Content;

/// <summary>
/// A page of a list as a caller asked for it, clamped in this one place: the number to 1…<see cref="MaxPage"/> and
/// the size to 1…the list's own maximum, so that no list (admin, public, API, search) runs a negative or unbounded
/// OFFSET whatever the query string says.
/// </summary>
public readonly record struct PageRequest(int Number, int Size)
{
    /// <summary>The deepest page any list serves; beyond it, filters are the way forward.</summary>
    public const int MaxPage = 10_000;

    public static PageRequest Of(int? number, int? size, int defaultSize, int maxSize) =>
        new(Math.Clamp(number ?? 1, 1, MaxPage), Math.Clamp(size ?? defaultSize, 1, maxSize));

    /// <summary>The rows before this page.</summary>
    public int Skip => (Number - 1) * Size;

    /// <summary>The page count of a list of <paramref name="total"/> rows (at least one, so an empty list has page 1).</summary>
    public int PageCount(int total) => Math.Max(1, (total + Size - 1) / Size);
}

/// <summary>One page of a list with the total it was cut from.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
