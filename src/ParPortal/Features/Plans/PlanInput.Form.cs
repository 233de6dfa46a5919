using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Content;
using ParPortal.Features.Content.Admin;
using ParPortal.Features.Plans.Admin;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Validation;

namespace ParPortal.Features.Plans;

/// <summary>
/// The plan editor's fields (<see cref="PlanForm"/>): header, reporting periods, groups, tasks and rules as form
/// fields, never JSON. The definition is rebuilt from them (number, year, agency and title from the common fields)
/// and checked with <see cref="PlanValidator"/>, so errors name the task and rule at fault as the API's do.
/// </summary>
public sealed partial class PlanInput : IFormListFields, IFormCheckedInput
{
    private PlanDefinition? _parsed;

    /// <summary>The definition as the editor shows it (an empty plan for a new one).</summary>
    public PlanDefinition Plan =>
        _parsed ?? (Definition is { ValueKind: JsonValueKind.Object } d && d.EnumerateObject().Any() ? PlanJson.Deserialize(d.GetRawText()) : new PlanDefinition { Year = Year });

    public void ReadLists(IFormCollection form)
    {
        var errors = new FieldErrors();
        _parsed = PlanForm.Read(form, errors) with
        {
            Number = Number.Trim(),
            Title = Title.Trim(),
            Year = Year,
            IssuingUnit = IssuingUnit ?? string.Empty,
            FileUrl = FileUrl,
        };
        using var doc = JsonDocument.Parse(PlanJson.Serialize(_parsed));
        Definition = doc.RootElement.Clone();
        errors.ThrowIfAny();
    }

    /// <summary>Checks the parsed definition against the site's units, topics and content types.</summary>
    public async Task CheckAsync(IServiceProvider services, FieldErrors errors, CancellationToken ct)
    {
        if (_parsed is null)
        {
            return;
        }

        // The same check runs again when the content manager saves (PlanDefinitionGuard); here it runs early so the
        // form shows the definition's errors together with every other field's.
        foreach (var error in await services.GetRequiredService<PlanDefinitionCheck>().ErrorsAsync(_parsed, ct))
        {
            errors.Add("definition", PlanDefinitionCheck.Message(error));
        }
    }

    /// <summary>Shows a plan read from a file in the editor, for the office to confirm.</summary>
    public static PlanInput FromImport(PlanDefinition plan) => new()
    {
        Title = plan.Title,
        Number = string.IsNullOrWhiteSpace(plan.Number) ? "(chưa có số)" : plan.Number,
        Year = plan.Year,
        IssuingUnit = plan.IssuingUnit,
        Unit = plan.IssuingUnit,
        _parsed = plan,
    };
}
