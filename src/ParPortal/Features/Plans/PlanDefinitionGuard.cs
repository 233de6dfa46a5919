using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Validation;

namespace ParPortal.Features.Plans;

/// <summary>
/// Refuses a plan version whose definition the quota engine could not honour (a window that ends before it starts,
/// N ≤ 0, an unknown type, unit or topic), whatever path saved it: admin form, API, restore of an old version. It runs
/// inside the content transaction, so a refused plan leaves nothing behind and the version before it stays current.
/// </summary>
internal sealed class PlanDefinitionGuard(PlanDefinitionCheck check) : IContentHandler
{
    public async Task HandleAsync(ContentChange change, CancellationToken ct)
    {
        if (change.Event != ContentEvent.Saved || change.Latest is not PlanVersion plan)
        {
            return;
        }

        PlanDefinition definition;
        try
        {
            definition = PlanJson.Deserialize(plan.DefinitionJson);
        }
        catch (JsonException e)
        {
            throw ContentValidationException.Single("definition", PlanDefinitionCheck.JsonMessage(e));
        }

        var errors = await check.ErrorsAsync(definition, ct);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(new Dictionary<string, string[]>
            {
                ["definition"] = errors.Select(PlanDefinitionCheck.Message).ToArray(),
            });
        }
    }
}

/// <summary>One check of a plan definition against the site's content types, units and topics, for every path.</summary>
public sealed class PlanDefinitionCheck(ParPortalDbContext db, ContentTypeRegistry types)
{
    public async Task<IReadOnlyList<PlanValidationError>> ErrorsAsync(PlanDefinition plan, CancellationToken ct)
    {
        var units = await db.Units.Select(u => u.Code).ToListAsync(ct);
        var topics = await db.Topics.Select(t => t.Slug).ToListAsync(ct);
        return PlanValidator.Validate(plan, types.Names, units, topics);
    }

    /// <summary>"Nhiệm vụ 2.11, quy tắc 1: cửa sổ kết thúc trước khi bắt đầu."</summary>
    public static string Message(PlanValidationError error) => error + ".";

    /// <summary>Where the JSON went wrong, in words an editor can act on.</summary>
    public static string JsonMessage(JsonException e)
    {
        var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $" tại “{e.Path.TrimStart('$', '.')}”";
        var line = e.LineNumber is { } l ? $" (dòng {l + 1})" : string.Empty;
        return $"Nội dung kế hoạch không đúng định dạng JSON{where}{line}.";
    }
}
