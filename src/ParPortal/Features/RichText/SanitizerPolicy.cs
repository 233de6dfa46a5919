using System.Collections.Frozen;

namespace ParPortal.Features.RichText;

/// <summary>The fixed part of the allow-list: which elements survive, which are removed with their content.</summary>
internal static class SanitizerPolicy
{
    /// <summary>Elements written to the output (after h1 is mapped to h2).</summary>
    public static readonly FrozenSet<string> AllowedElements = new[]
    {
        "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "img", "a", "figure", "figcaption", "blockquote",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "code", "pre", "mark", "small", "span",
        // Editors write glossaries (dl), abbreviations of agency names (abbr) and dates (time).
        "dl", "dt", "dd", "abbr", "time",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Elements removed together with everything inside: their content is code, metadata, form controls, embedded
    /// documents or foreign markup, never article text. Every other unknown element is unwrapped so that its text stays.
    /// </summary>
    public static readonly FrozenSet<string> DroppedWithContent = new[]
    {
        "script", "style", "template", "noscript", "noembed", "noframes", "xmp", "plaintext", "iframe", "frame",
        "frameset", "object", "embed", "applet", "param", "svg", "math", "select", "option", "optgroup", "datalist",
        "textarea", "button", "input", "keygen", "output", "meter", "progress", "title", "head", "meta", "link",
        "base", "canvas", "audio", "video", "source", "track", "map", "area", "portal", "dialog", "slot",
        "xml", "o:smarttagtype", "w:worddocument", "v:shapetype", "v:shape", "v:imagedata",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements with no content and no end tag.</summary>
    public static readonly FrozenSet<string> VoidElements =
        new[] { "br", "hr", "img" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Inline elements that are dropped when they end up empty (Word leaves many of these).</summary>
    public static readonly FrozenSet<string> RemovedWhenEmpty = new[]
    {
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "code", "mark", "small", "span", "a", "abbr", "time",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Dropped elements that an editor put in on purpose, and how the removal is reported (null: silently).</summary>
    public static readonly FrozenDictionary<string, string> ReportedWhenDropped = new Dictionary<string, string>
    {
        ["object"] = "đối tượng nhúng (object)",
        ["embed"] = "đối tượng nhúng (embed)",
        ["applet"] = "đối tượng nhúng (applet)",
        ["frame"] = "khung (frame)",
        ["frameset"] = "khung (frameset)",
        ["input"] = "ô nhập liệu của biểu mẫu",
        ["textarea"] = "ô nhập liệu của biểu mẫu",
        ["select"] = "ô chọn của biểu mẫu",
        ["button"] = "nút bấm",
        ["audio"] = "âm thanh (audio)",
        ["video"] = "video (hãy dùng khung nhúng từ nguồn được phép)",
        ["svg"] = "hình vẽ SVG",
        ["math"] = "công thức MathML",
        ["canvas"] = "vùng vẽ (canvas)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Elements whose start tag closes an open <c>p</c> when the output is parsed again; writing one inside a
    /// <c>p</c> would produce output that re-parses into a different tree, so they are unwrapped there.
    /// </summary>
    public static readonly FrozenSet<string> ClosesParagraph = new[]
    {
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "hr", "figure", "figcaption", "blockquote", "pre",
        "div", "address", "article", "aside", "center", "details", "dl", "dd", "dt", "fieldset", "footer", "form",
        "header", "hgroup", "main", "menu", "nav", "section", "summary", "listing", "dir", "search", "h1",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Table-internal elements and the emitted parents each of them needs to re-parse in place.</summary>
    public static readonly FrozenDictionary<string, string[]> RequiredParents = new Dictionary<string, string[]>
    {
        ["caption"] = ["table"],
        ["thead"] = ["table"],
        ["tbody"] = ["table"],
        ["tfoot"] = ["table"],
        ["tr"] = ["table", "thead", "tbody", "tfoot"],
        ["td"] = ["tr"],
        ["th"] = ["tr"],
        ["li"] = ["ul", "ol"],
        // A dt or dd start tag closes an open one through any unwrapped element, so they stay directly in their list.
        ["dt"] = ["dl"],
        ["dd"] = ["dl"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Emitted elements in which only whitespace text may appear (other text would be moved out on re-parse).</summary>
    public static readonly FrozenSet<string> WhitespaceOnlyContent =
        new[] { "table", "thead", "tbody", "tfoot", "tr" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> TextAlignValues =
        new[] { "left", "right", "center", "justify", "start", "end" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> LinkSchemes =
        new[] { "http", "https", "mailto", "tel" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> ThScopes =
        new[] { "row", "col", "rowgroup", "colgroup" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> OlTypes =
        new[] { "1", "a", "A", "i", "I" }.ToFrozenSet(StringComparer.Ordinal);
}
