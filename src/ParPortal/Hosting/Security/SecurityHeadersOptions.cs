namespace ParPortal.Hosting.Security;

/// <summary>
/// The security headers every response carries, bound from <c>ParPortal:Security:Headers</c>. The content security
/// policies are named (<see cref="ContentSecurityPolicies"/>); a page or endpoint picks one with
/// <see cref="ContentSecurityPolicyAttribute"/>, otherwise its path does (/admin, /api, /media, the public site).
/// </summary>
/// <remarks>
/// Adding a script: put the file under a feature's <c>wwwroot/js</c> and load it with
/// <c>&lt;script src="~/_content/…" defer&gt;</c>; same-origin files need no change here. Inline scripts and
/// <c>on…=</c> attributes are refused by every policy. A script or style from another origin (a map, an analytics
/// service) is added to <see cref="ScriptSources"/> or <see cref="StyleSources"/>, which every HTML policy reads.
/// </remarks>
public sealed class SecurityHeadersOptions
{
    public const string Section = "ParPortal:Security:Headers";

    /// <summary>
    /// Origins that may show the public pages in a frame, e.g. <c>https://quangtri.gov.vn</c> for a department column
    /// embedded in the provincial portal. Empty: only this site. The admin can never be framed by another site.
    /// </summary>
    public List<string> PublicFrameAncestors { get; set; } = [];

    /// <summary>Extra origins allowed to serve scripts (e.g. <c>https://maps.example.vn</c>). Empty by default: only this site.</summary>
    public List<string> ScriptSources { get; set; } = [];

    /// <summary>Extra origins allowed to serve style sheets.</summary>
    public List<string> StyleSources { get; set; } = [];

    /// <summary>Extra origins scripts may connect to (fetch, XHR, WebSocket).</summary>
    public List<string> ConnectSources { get; set; } = [];

    /// <summary>
    /// How long browsers keep to HTTPS once they saw it (HSTS, sent on HTTPS responses outside Development). Default
    /// 180 days: long enough to protect returning visitors, short enough to undo a mistaken HTTPS set-up.
    /// </summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Send HSTS with includeSubDomains. Off by default: agencies' subdomains are not all on HTTPS.</summary>
    public bool HstsIncludeSubDomains { get; set; }
}
