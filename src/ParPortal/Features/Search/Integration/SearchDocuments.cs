using System.Text;
using ParPortal.Content;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Documents;
using ParPortal.Features.Hotlines;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Procedures;
using ParPortal.Features.RichText;

namespace ParPortal.Features.Search.Integration;

/// <summary>Turns a content version into the document the search index stores: plain text, code, facets, URL.</summary>
public sealed class SearchDocuments(HtmlSanitizer sanitizer)
{
    /// <summary>Plans are internal and not searched.</summary>
    public static bool IsSearchable(string contentType) => contentType != ContentTypes.Plan;

    public SearchDocument From(ContentVersion v, ContentItem item, bool asPublished)
    {
        var (body, code) = v switch
        {
            ArticleVersion a => (sanitizer.ToPlainText(a.Body) + " " + a.Author, null),
            DocumentVersion d => ($"{d.DocumentType} {d.Issuer} {d.Signer}", d.Number),
            ProcedureVersion p => (ProcedureText(p), p.Code),
            HotlineVersion h => ($"{h.Purpose} {h.ContactName} {h.ContactTitle} {string.Join(' ', h.Phones)} {h.Email} {h.Address}", null),
            IndexResultVersion i => ($"{i.IndexCode} {i.Year} {i.Subject} {i.Commentary}", null),
            _ => (string.Empty, (string?)null),
        };
        var date = v.PublishedUtc ?? v.CreatedUtc;
        return new SearchDocument(
            item.Id,
            item.ContentType,
            asPublished,
            v.Title,
            v.Summary,
            body,
            code,
            v.Topics.Select(t => t.Slug).ToList(),
            v.Unit?.Code,
            v.Unit?.Name,
            new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
            asPublished ? PublicUrl(item, v) : $"/admin/content/{item.Id}");
    }

    /// <summary>The public page of an item (routes of the public site).</summary>
    public static string PublicUrl(ContentItem item, ContentVersion v) => item.ContentType switch
    {
        ContentTypes.Article => $"/tin-bai/{item.Slug}",
        ContentTypes.Document => $"/van-ban/{item.Slug}",
        ContentTypes.Procedure => $"/thu-tuc/{item.Slug}",
        ContentTypes.Hotline => $"/duong-day-nong#{item.Slug}",
        ContentTypes.IndexResult => $"/chi-so/{((IndexResultVersion)v).IndexCode.ToLowerInvariant()}",
        _ => "/",
    };

    private static string ProcedureText(ProcedureVersion p)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(' ', p.Field, p.ImplementingAgency, p.DecidingAgency, p.Subjects, p.Requirements, p.Results);
        foreach (var c in p.Channels)
        {
            sb.Append(' ').Append(c.ProcessingTime).Append(' ').Append(c.Fee);
        }

        sb.Append(' ').AppendJoin(' ', p.Steps);
        sb.Append(' ').AppendJoin(' ', p.Dossier.Select(d => d.Name));
        sb.Append(' ').AppendJoin(' ', p.LegalBases.Select(l => $"{l.Number} {l.Title}"));
        return sb.ToString();
    }
}
