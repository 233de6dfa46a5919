namespace ParPortal.Hosting.Security;

/// <summary>
/// Request limits per client, bound from <c>ParPortal:RateLimits</c>; each named policy is in
/// <see cref="RateLimitPolicies"/>. A client is its address (after the host's forwarded-headers handling, so put
/// a reverse proxy on another machine in <c>ParPortal:ScaleOut:KnownProxies</c>), or for the API its token. Refused requests
/// get 429 with Retry-After. The feedback form, tracking and ratings have their limits in <c>ParPortal:Feedback</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "ParPortal:RateLimits";

    /// <summary>Turns every limit off. Only for load benchmarks, which measure the site and not the limiter.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Password attempts (POST /admin/login) per address: 20 a minute. On top of Identity's lockout per account
    /// (5 failures lock it for 15 minutes), this slows guessing many accounts from one place, while an office
    /// behind one address where several people mistype still gets in.
    /// </summary>
    public WindowLimit Login { get; set; } = new(20, TimeSpan.FromMinutes(1));

    /// <summary>
    /// New personal API tokens per user: 10 an hour. A person needs one per script or server; a stolen session
    /// minting tokens in bulk is the case to slow down.
    /// </summary>
    public WindowLimit TokenCreation { get; set; } = new(10, TimeSpan.FromHours(1));

    /// <summary>
    /// Searches (the public page, suggestions and /api/search) per address: 120 a minute. A person types a few a
    /// minute (suggestions add one per pause); full-text queries are the most expensive public request, so a
    /// scraper is the case to stop. Generous enough for an office behind one address.
    /// </summary>
    public WindowLimit Search { get; set; } = new(120, TimeSpan.FromMinutes(1));

    /// <summary>
    /// API calls per client (a token, else an address): 600 a minute, 10 a second on average. Imports by script
    /// stay well under it; a runaway loop does not take the site down for everyone else.
    /// </summary>
    public WindowLimit Api { get; set; } = new(600, TimeSpan.FromMinutes(1));
}

/// <summary>At most <see cref="PermitLimit"/> requests in each <see cref="Window"/>.</summary>
public sealed class WindowLimit
{
    public WindowLimit()
    {
    }

    public WindowLimit(int permitLimit, TimeSpan window) => (PermitLimit, Window) = (permitLimit, window);

    public int PermitLimit { get; set; } = 1;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
