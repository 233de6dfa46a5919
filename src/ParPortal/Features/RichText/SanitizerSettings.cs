using System.Collections.Frozen;

namespace ParPortal.Features.RichText;

/// <summary>The options, frozen into the lookups that one sanitizing pass reads.</summary>
internal sealed class SanitizerSettings
{
    public SanitizerSettings(RichTextOptions options)
    {
        var prefix = string.IsNullOrWhiteSpace(options.MediaPathPrefix) ? "/media/" : options.MediaPathPrefix.Trim();
        MediaPathPrefix = prefix.StartsWith('/') ? prefix : "/" + prefix;
        IframeHosts = options.AllowedIframeHosts
            .Where(h => !string.IsNullOrWhiteSpace(h))
            .Select(h => h.Trim().ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
        Classes = options.AllowedClasses.ToFrozenSet(StringComparer.Ordinal);
        MaxDepth = Math.Clamp(options.MaxOutputDepth, 16, 1024);
    }

    public string MediaPathPrefix { get; }

    public FrozenSet<string> IframeHosts { get; }

    public FrozenSet<string> Classes { get; }

    public int MaxDepth { get; }
}
