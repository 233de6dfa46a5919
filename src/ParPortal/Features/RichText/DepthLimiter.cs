using System.Collections.Frozen;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace ParPortal.Features.RichText;

/// <summary>
/// A tokenizer middleware that bounds the work of the tree builder; every tag it drops keeps its text.
/// <list type="bullet">
/// <item>Depth: the HTML5 tree builder scans the stack of open elements for most tokens (scope checks, reformatting of
/// open <c>b</c>/<c>i</c> before every text), so the cost is tokens × depth. Start tags beyond a depth (and their
/// matching end tags) are dropped before they reach the tree builder.</item>
/// <item>Elements: building one DOM element costs about a microsecond and a few hundred bytes, so 5 MB of
/// <c>&lt;li&gt;</c> or <c>&lt;br&gt;</c> (over a million elements) would take seconds of CPU and garbage collection.
/// Once the budget is spent every further tag is dropped and the rest of the input arrives as text.</item>
/// </list>
/// </summary>
internal sealed class DepthLimiter(int maxDepth, int maxElements)
{
    // Tags that never nest by themselves: void elements and elements whose end tag is optional (the parser closes them
    // on the next sibling). Counting them would make long, valid documents look deep.
    private static readonly FrozenSet<string> Uncounted = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rtc", "rp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private int _depth;
    private int _elements;

    /// <summary>Whether the element budget ran out, so that the rest of the input is kept as text only.</summary>
    private bool BudgetSpent => _elements >= maxElements;

    public TokenConsumptionResult Consume(ref StructHtmlToken token, TokenConsumer next)
    {
        if (BudgetSpent && token.Type is HtmlTokenType.StartTag or HtmlTokenType.EndTag)
        {
            // End tags go too: a stray end tag such as </p> or </br> makes the tree builder create an element.
            return TokenConsumptionResult.Continue;
        }
        if (token.Type == HtmlTokenType.StartTag || (token.Type == HtmlTokenType.EndTag && CreatesElementWhenStray(ref token)))
        {
            _elements++;
        }
        if (token.Type == HtmlTokenType.StartTag && !token.IsSelfClosing)
        {
            var name = token.Name.ToString();
            if (!Uncounted.Contains(name))
            {
                if (_depth >= maxDepth)
                {
                    _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
                    return TokenConsumptionResult.Continue;
                }
                _depth++;
            }
        }
        else if (token.Type == HtmlTokenType.EndTag)
        {
            var name = token.Name.ToString();
            if (!Uncounted.Contains(name))
            {
                if (_dropped.GetValueOrDefault(name) > 0)
                {
                    _dropped[name]--;
                    return TokenConsumptionResult.Continue;
                }
                _depth = Math.Max(0, _depth - 1);
            }
        }
        next(ref token);
        return TokenConsumptionResult.Continue;
    }

    // A stray </p> or </br> makes the tree builder create an empty element, so 5 MB of them would build a million.
    // Counting every one (also the ordinary </p> that closes a paragraph) keeps the budget a bound on elements.
    private static bool CreatesElementWhenStray(ref StructHtmlToken token) => token.Name.ToString() is "p" or "br";
}
