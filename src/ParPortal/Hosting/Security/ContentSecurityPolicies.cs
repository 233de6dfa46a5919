using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ParPortal.Features.RichText;

namespace ParPortal.Hosting.Security;

/// <summary>One named policy: its directives, and the frame rule that older browsers read as X-Frame-Options.</summary>
public sealed class ContentSecurityPolicy
{
    public ContentSecurityPolicy(IReadOnlyDictionary<string, IReadOnlyList<string>> directives, string? frameOptions, string referrerPolicy)
    {
        Directives = directives;
        FrameOptions = frameOptions;
        ReferrerPolicy = referrerPolicy;
        Header = string.Join("; ", directives.Select(d => d.Value.Count == 0 ? d.Key : d.Key + " " + string.Join(' ', d.Value)));
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Directives { get; }

    /// <summary>X-Frame-Options (DENY / SAMEORIGIN), or null when frame-ancestors lists other origins (it cannot).</summary>
    public string? FrameOptions { get; }

    public string ReferrerPolicy { get; }

    /// <summary>The Content-Security-Policy header value.</summary>
    public string Header { get; }
}

/// <summary>
/// The site's content security policies, by name, built once from the options. None allows inline script or
/// <c>eval</c>: every script is a file from this site (or an origin added in <see cref="SecurityHeadersOptions"/>).
/// Style attributes stay allowed because sanitized articles keep <c>text-align</c> and the editor positions its
/// toolbars with them; on the public site style elements and sheets come from files only (the admin, see below).
/// </summary>
public sealed class ContentSecurityPolicies
{
    /// <summary>The public site: framable by the configured origins.</summary>
    public const string Public = "public";

    /// <summary>Admin pages: never framed.</summary>
    public const string Admin = "admin";

    /// <summary>JSON API answers: nothing may load or run.</summary>
    public const string Api = "api";

    /// <summary>Uploaded files: sandboxed, so an uploaded file can never run as a page of this origin.</summary>
    public const string Media = "media";

    private readonly Dictionary<string, ContentSecurityPolicy> _policies = new(StringComparer.Ordinal);

    public ContentSecurityPolicies(IOptions<SecurityHeadersOptions> options, IOptions<RichTextOptions> richText)
    {
        var o = options.Value;
        // Embedded players that the sanitizer lets into articles must be allowed to load in their frames.
        var iframeHosts = richText.Value.AllowedIframeHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => "https://" + h.Trim().ToLowerInvariant()).ToList();
        var ancestors = o.PublicFrameAncestors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();

        Add(Public, Html(o, frameSources: iframeHosts.Count == 0 ? ["'none'"] : iframeHosts, ancestors: ["'self'", .. ancestors]),
            ancestors.Count == 0 ? "SAMEORIGIN" : null, "strict-origin-when-cross-origin");
        // The rich-text editor (Jodit) inserts style elements of its own in dialogs and on paste; styles cannot run script,
        // so the admin allows inline style elements while scripts stay files only. The public site allows neither.
        Add(Admin, Html(o, frameSources: ["'self'", .. iframeHosts], ancestors: ["'none'"], images: ["blob:"], inlineStyles: true), "DENY", "same-origin");
        Add(Api, new() { ["default-src"] = ["'none'"], ["frame-ancestors"] = ["'none'"] }, "DENY", "no-referrer");
        Add(Media, new() { ["default-src"] = ["'none'"], ["img-src"] = ["'self'"], ["style-src"] = ["'unsafe-inline'"], ["sandbox"] = [] },
            null, "strict-origin-when-cross-origin");
    }

    /// <summary>Adds or replaces a named policy (a feature with its own needs registers one at start-up).</summary>
    public void Add(string name, Dictionary<string, IReadOnlyList<string>> directives, string? frameOptions, string referrerPolicy) =>
        _policies[name] = new ContentSecurityPolicy(directives, frameOptions, referrerPolicy);

    public ContentSecurityPolicy Get(string name) =>
        _policies.TryGetValue(name, out var p) ? p : throw new ArgumentOutOfRangeException(nameof(name), name, "No such content security policy.");

    /// <summary>The policy of a response: the endpoint's own choice, else the one its path implies.</summary>
    public ContentSecurityPolicy For(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyAttribute>() is { } chosen)
        {
            return Get(chosen.Name);
        }

        // An error page answers for the request that failed: its policy is the one of the path that was asked for.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } failed ? new PathString(failed)
            : context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } original ? new PathString(original)
            : context.Request.Path;
        return Get(path.StartsWithSegments("/admin") ? Admin
            : path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") ? Api
            : path.StartsWithSegments("/media") ? Media
            : Public);
    }

    private static Dictionary<string, IReadOnlyList<string>> Html(SecurityHeadersOptions o, List<string> frameSources, List<string> ancestors, List<string>? images = null,
        bool inlineStyles = false) => new()
    {
        ["default-src"] = ["'self'"],
        ["script-src"] = ["'self'", .. o.ScriptSources],
        ["style-src"] = ["'self'", .. inlineStyles ? (string[])["'unsafe-inline'"] : [], .. o.StyleSources],
        ["style-src-attr"] = ["'unsafe-inline'"],
        // Logos and Open Graph images may live on the agency's main site; the sanitizer keeps article images local.
        ["img-src"] = ["'self'", "data:", "https:", .. images ?? []],
        ["font-src"] = ["'self'", "data:"],
        ["connect-src"] = ["'self'", .. o.ConnectSources],
        ["media-src"] = ["'self'"],
        ["frame-src"] = frameSources,
        ["object-src"] = ["'none'"],
        ["base-uri"] = ["'self'"],
        ["form-action"] = ["'self'"],
        ["frame-ancestors"] = ancestors,
    };
}
