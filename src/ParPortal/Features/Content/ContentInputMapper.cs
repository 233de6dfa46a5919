using System.Text;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.RichText;

namespace ParPortal.Features.Content;

/// <summary>
/// Applies an input to a version: resolves the unit and topics, normalises text to NFC and sanitizes HTML. The way
/// back, a version's input form, is <see cref="Types.ContentTypeRegistry.ToInput"/>.
/// </summary>
public sealed class ContentInputMapper(ParPortalDbContext db, HtmlSanitizer sanitizer)
{
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

    /// <summary>A new version made from an input (the scratch version a save or create starts from).</summary>
    public async Task<ContentVersion> ToVersionAsync(ContentInput input, CancellationToken ct = default)
    {
        var version = input.NewVersion();
        await ApplyAsync(input, version, ct);
        return version;
    }

    public static string? Nfc(string? s) => s is null ? null : s.Trim().Normalize(NormalizationForm.FormC);
}
