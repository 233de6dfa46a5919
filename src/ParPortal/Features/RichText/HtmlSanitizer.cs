using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Microsoft.Extensions.Options;

namespace ParPortal.Features.RichText;

/// <summary>
/// Cleans rich text from editors and Word paste with an allow-list over AngleSharp's HTML5 parser (see
/// docs/decisions.md for the policy). Thread-safe: every call parses into its own document.
/// </summary>
public sealed class HtmlSanitizer
{
    // Counts only elements that can nest (see DepthLimiter), so the tree may be about twice as deep (ul > li > ul …).
    // Articles nest a dozen levels; every level more costs time on every token of hostile input (5 MB of unclosed
    // <b><i> took 0.53 s of CPU to parse at 512 and 0.15 s at 48).
    private const int MaxParseDepth = 64;

    // A 5 MB Word paste builds about 130,000 elements and 5 MB of dense, short paragraphs with links about 250,000;
    // an article of ordinary length, a few thousand. 400,000 elements cost about 0.4 s of CPU to build and walk.
    private const int MaxParseElements = 400_000;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = true,
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
        // Comments are never written (Word's conditional comments included), so the tokenizer need not build them.
        SkipComments = true,
    };

    // One browsing context for every parse. A parser made without one builds a whole new AngleSharp configuration
    // (its service list and selector factories) on each call, which cost more CPU than parsing a typical article
    // body: 15 % of the search indexer's time per draft save in a profile (2026-12-06). Parsing only reads the context.
    private static readonly IBrowsingContext ParseContext = BrowsingContext.New(Configuration.Default);

    private readonly SanitizerSettings _settings;

    /// <summary>Creates a sanitizer with the options from configuration.</summary>
    public HtmlSanitizer(IOptions<RichTextOptions> options)
        : this(options.Value)
    {
    }

    /// <summary>Creates a sanitizer with explicit options (tests, tools).</summary>
    public HtmlSanitizer(RichTextOptions options)
    {
        _settings = new SanitizerSettings(options);
    }

    /// <summary>Returns well-formed, NFC HTML that keeps only the allowed elements and attributes; empty for null input.</summary>
    public string Sanitize(string? html) => Sanitize(html, report: null);

    /// <summary>
    /// As <see cref="Sanitize(string?)"/>, and tells <paramref name="report"/> what was removed that an editor put in
    /// on purpose (scripts, embeds, images from elsewhere, unsafe links), so that saving can say so.
    /// </summary>
    public string Sanitize(string? html, SanitizerReport? report)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }
        var body = ParseBody(html);
        return new SanitizingWalker(_settings, html.Length, report).Run(body);
    }

    /// <summary>Returns the readable text of rich text, one block per line, for search indexing and summaries.</summary>
    public string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }
        return PlainTextWriter.Write(ParseBody(html));
    }

    private static INode ParseBody(string html)
    {
        // The doctype puts the parser in no-quirks mode (as our pages are), so tables close paragraphs the same way
        // here as in the browser that later parses our output.
        var source = new TextSource("<!DOCTYPE html><html><head></head><body>" + html);
        var limiter = new DepthLimiter(MaxParseDepth, MaxParseElements);
        var document = new HtmlParser(ParserOptions, ParseContext).ParseDocument<Document, Element>(source, limiter.Consume);
        return (INode?)document.Body ?? document;
    }
}
