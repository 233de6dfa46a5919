using System.Text;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;

namespace ParPortal.Features.Content;

/// <summary>Applies an input to a version: resolves the unit and topics, normalises text to NFC, sanitizes HTML.</summary>
public sealed class ContentInputMapper(ParPortalDbContext db, IRichTextSanitizer sanitizer)
{
    internal ParPortalDbContext Db => db;

    public async Task ApplyAsync(ContentInput input, ContentVersion version, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        version.Title = Nfc(input.Title) ?? string.Empty;
        version.Summary = Nfc(input.Summary);
        if (string.IsNullOrWhiteSpace(input.Unit))
        {
            version.Unit = null;
            version.UnitId = null;
        }
        else
        {
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == input.Unit, ct);
            if (unit is null)
            {
                errors.Add("unit", $"Không có đơn vị mã “{input.Unit}”.");
            }

            version.Unit = unit;
            version.UnitId = unit?.Id;
        }

        var slugs = input.Topics.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        var topics = await db.Topics.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        foreach (var missing in slugs.Except(topics.Select(t => t.Slug)))
        {
            errors.Add("topics", $"Không có chủ đề “{missing}”.");
        }

        version.Topics = topics;
        errors.ThrowIfAny();
        input.ApplyTo(version, new ContentInputContext(sanitizer.Sanitize));
    }

    /// <summary>The input form of a version (for the API's GET and for editing).</summary>
    public static ContentInput Read(ContentVersion version, string slug)
    {
        ContentInput input = version switch
        {
            Articles.ArticleVersion => new Articles.ArticleInput(),
            Documents.DocumentVersion => new Documents.DocumentInput(),
            Procedures.ProcedureVersion => new Procedures.ProcedureInput(),
            Hotlines.HotlineVersion => new Hotlines.HotlineInput(),
            IndexResults.IndexResultVersion => new IndexResults.IndexResultInput(),
            Plans.PlanVersion => new Plans.PlanInput(),
            _ => throw new ArgumentOutOfRangeException(nameof(version)),
        };
        input.Title = version.Title;
        input.Slug = slug;
        input.Summary = version.Summary;
        input.Unit = version.Unit?.Code;
        input.Topics = version.Topics.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList();
        input.ReadFrom(version);
        return input;
    }

    public static string? Nfc(string? s) => s is null ? null : s.Trim().Normalize(NormalizationForm.FormC);
}

/// <summary>The rich-text policy, behind an interface so that the content engine does not depend on its implementation.</summary>
public interface IRichTextSanitizer
{
    string Sanitize(string? html);
}
