using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ParPortal.Text;

namespace ParPortal.Hosting.Security;

/// <summary>
/// The query-string side of the input boundary: every query value loses what <see cref="InputText.Clean"/> removes
/// before anything reads it (minimal-API binding, Razor Pages, the language switch). Minimal APIs bind query strings
/// without MVC's model binders, so without this a <c>?q=%00</c> reached PostgreSQL, which refuses NUL in text (500).
/// </summary>
internal sealed class QueryTextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.Count > 0 && query.Any(p => InputText.HasForbidden(p.Key) || p.Value.Any(InputText.HasForbidden)))
        {
            var cleaned = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, values) in query)
            {
                var name = InputText.Clean(key)!;
                var kept = values.Select(InputText.Clean).ToArray();
                cleaned[name] = cleaned.TryGetValue(name, out var earlier) ? StringValues.Concat(earlier, kept) : new StringValues(kept);
            }

            context.Request.Query = new QueryCollection(cleaned);
        }

        return next(context);
    }
}
