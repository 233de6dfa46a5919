namespace ParPortal.Features.Feedback.Ratings;

/// <summary>
/// One answer to "Thông tin này có hữu ích không?" on a public page. No personal data: no address, no browser string,
/// no cookie; <see cref="VoterKey"/> is a keyed hash of address, browser, page and day whose key is thrown away after
/// the day (<see cref="RatingSalt"/>), so it only tells that the same browser already rated the same page today.
/// </summary>
public sealed class PageRating
{
    public long Id { get; set; }

    /// <summary>The page's path, without query string ("/thu-tuc/dang-ky-ho-kinh-doanh").</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The content type whose pages live under the path, or null for pages that mix types (home, topics, search).</summary>
    public string? ContentType { get; set; }

    /// <summary>1 (not useful) to 5 (very useful).</summary>
    public int Score { get; set; }

    /// <summary>The optional comment, plain text.</summary>
    public string? Comment { get; set; }

    /// <summary>The day of the vote in Vietnam.</summary>
    public DateOnly Day { get; set; }

    /// <summary>HMAC-SHA256 of address, browser, page and day under the day's salt; unique.</summary>
    public string VoterKey { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// The random key of one day's voter hashes. Kept in the database so that every web node hashes alike, and deleted
/// once the day is over: without it, yesterday's hashes cannot be matched to addresses even by trying them all.
/// </summary>
public sealed class RatingSalt
{
    public DateOnly Day { get; set; }

    public byte[] Salt { get; set; } = [];
}
