namespace ParPortal.Features.Search;

/// <summary>Rejects documents the index cannot store, with a message naming the problem.</summary>
internal static class SearchDocumentValidator
{
    public static void Validate(SearchDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.ItemId == Guid.Empty)
        {
            throw new ArgumentException("SearchDocument.ItemId is empty.", nameof(d));
        }
        if (string.IsNullOrWhiteSpace(d.ContentType))
        {
            throw new ArgumentException($"SearchDocument {d.ItemId} has no ContentType.", nameof(d));
        }
        if (d.Title is null)
        {
            throw new ArgumentException($"SearchDocument {d.ItemId} has a null Title.", nameof(d));
        }
        if (string.IsNullOrWhiteSpace(d.Url))
        {
            throw new ArgumentException($"SearchDocument {d.ItemId} has no Url.", nameof(d));
        }
        if (d.Topics is null)
        {
            throw new ArgumentException($"SearchDocument {d.ItemId} has null Topics; use an empty list.", nameof(d));
        }
    }
}
