using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ParPortal.Features.RichText;

namespace ParPortal.Tests.RichText;

/// <summary>Test helpers: a sanitizer with test options, and checks made on the re-parsed output (not on strings).</summary>
internal static class SanitizedHtml
{
    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "cite", "background", "poster", "data", "lowsrc", "dynsrc", "ping", "xlink:href", "longdesc", "usemap", "manifest", "codebase", "archive"];

    private static readonly string[] ScriptCapableElements =
    [
        "script", "style", "object", "embed", "applet", "form", "input", "button", "select", "textarea", "option", "base",
        "meta", "link", "svg", "math", "template", "noscript", "frame", "frameset", "iframe", "xmp", "noembed",
        "noframes", "plaintext", "portal", "video", "audio", "source", "marquee", "isindex", "image", "animate", "set",
        "use", "foreignobject", "handler", "listener", "xss", "xml", "html", "head", "body", "title",
    ];

    public static HtmlSanitizer Create(params string[] iframeHosts) =>
        new(new RichTextOptions { AllowedIframeHosts = [.. iframeHosts] });

    /// <summary>Parses sanitizer output the way a browser parses it inside the page body.</summary>
    public static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + html);
        return document.Body!;
    }

    /// <summary>Asserts that nothing in the output can run script, load a dangerous URL or style the page.</summary>
    public static void AssertHarmless(string output)
    {
        var body = Parse(output);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Equal(NamespaceNames.HtmlUri, element.NamespaceUri);
            var name = element.LocalName;
            if (name == "iframe")
            {
                Assert.StartsWith("https://www.youtube.com/", element.GetAttribute("src"));
                Assert.NotNull(element.GetAttribute("sandbox"));
                Assert.Null(element.GetAttribute("srcdoc"));
            }
            else
            {
                Assert.DoesNotContain(name, ScriptCapableElements);
            }
            foreach (var attr in element.Attributes)
            {
                Assert.False(attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attr.Name} on <{name}>");
                Assert.NotEqual("srcset", attr.Name);
                Assert.NotEqual("srcdoc", attr.Name);
                Assert.NotEqual("formaction", attr.Name);
                Assert.NotEqual("http-equiv", attr.Name);
                Assert.NotEqual("xmlns", attr.Name);
                if (attr.Name == "id")
                {
                    // In-page anchors only: on headings, prefixed, so that no id can shadow a name the page's scripts use.
                    Assert.Contains(name, (string[])["h2", "h3", "h4", "h5", "h6"]);
                    Assert.Matches("^muc-[a-z0-9-]+$", attr.Value);
                }
                if (attr.Name == "style")
                {
                    Assert.Matches("^text-align: (left|right|center|justify|start|end)$", attr.Value);
                }
                if (UrlAttributes.Contains(attr.Name))
                {
                    AssertSafeUrl(attr.Value);
                }
            }
        }
        Assert.Empty(Descendants(body).OfType<IComment>());
    }

    /// <summary>Asserts that the output is well-formed: sanitizing it again changes nothing.</summary>
    public static void AssertStable(HtmlSanitizer sanitizer, string output) =>
        Assert.Equal(output, sanitizer.Sanitize(output));

    private static void AssertSafeUrl(string value)
    {
        var cleaned = new string(value.Where(c => c > ' ' && c is not ('\u007f' or '\u200b' or '\ufeff')).ToArray()).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#', '\\']);
        if (colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter))
        {
            Assert.Contains(cleaned[..colon], (string[])["http", "https", "mailto", "tel"]);
        }
    }

    /// <summary>The string <paramref name="s"/> written <paramref name="count"/> times (large hostile inputs).</summary>
    public static string Repeat(string s, int count) => new System.Text.StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    /// <summary>How many times <paramref name="part"/> stands in <paramref name="text"/>, without overlaps.</summary>
    public static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static IEnumerable<INode> Descendants(INode root)
    {
        var stack = new Stack<INode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.ChildNodes)
            {
                stack.Push(child);
            }
        }
    }
}
