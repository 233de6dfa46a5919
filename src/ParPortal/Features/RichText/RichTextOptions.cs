namespace ParPortal.Features.RichText;

/// <summary>Settings of the rich-text sanitizer, bound from the configuration section <c>ParPortal:RichText</c>.</summary>
public sealed class RichTextOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ParPortal:RichText";

    /// <summary>Hosts whose https pages may be embedded in an iframe, e.g. <c>www.youtube.com</c>. Empty: no iframes.</summary>
    public List<string> AllowedIframeHosts { get; set; } = [];

    /// <summary>The path under which the site serves its media library; absolute image sources must start with it.</summary>
    public string MediaPathPrefix { get; set; } = "/media/";

    /// <summary>Class names that editors may use for alignment; every other class is removed.</summary>
    public List<string> AllowedClasses { get; set; } =
        ["text-left", "text-center", "text-right", "text-justify", "image-left", "image-right", "image-center"];

    /// <summary>Elements nested deeper than this are unwrapped (their text is kept), which bounds the output depth.</summary>
    public int MaxOutputDepth { get; set; } = 256;
}
