namespace ParPortal.Hosting.Security;

/// <summary>Limits on the size of a request's address, bound from <c>ParPortal:Security:Requests</c>.</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "ParPortal:Security:Requests";

    /// <summary>
    /// The longest path plus query string answered normally (default 8,192 characters, the classic request-line limit
    /// that proxies and browsers share). Longer addresses get 414 with an explaining page or ProblemDetails.
    /// </summary>
    public int MaxUrlLength { get; set; } = 8_192;

    /// <summary>
    /// Kestrel's own request-line limit, set above <see cref="MaxUrlLength"/> so that the site, not the server, answers
    /// long addresses (Kestrel's own 414 has no body). Requests beyond this still get Kestrel's bare 414.
    /// </summary>
    public int ServerMaxRequestLineBytes { get; set; } = 64 * 1024;
}
