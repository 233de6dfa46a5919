using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Content;
using ParPortal.Features.Content.Admin;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Validation;

namespace ParPortal.Features.Plans;

/// <summary>
/// The admin form's plan definition: the quota engine's JSON in a textarea, read with <see cref="PlanJson"/> and
/// checked with <see cref="PlanValidator"/> so that errors name the task and rule at fault.
/// </summary>
public sealed partial class PlanInput : IFormListFields, IFormCheckedInput
{
    public const string DefinitionField = "Input.DefinitionJson";

    private PlanDefinition? _parsed;

    public void ReadLists(IFormCollection form)
    {
        var json = form[DefinitionField].ToString();
        _parsed = null;
        Definition = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            throw ContentValidationException.Single("definition", "Nội dung kế hoạch (JSON) là bắt buộc.");
        }

        try
        {
            _parsed = PlanJson.Deserialize(json);
        }
        catch (JsonException e)
        {
            throw ContentValidationException.Single("definition", PlanDefinitionCheck.JsonMessage(e));
        }

        using var doc = JsonDocument.Parse(PlanJson.Serialize(_parsed));
        Definition = doc.RootElement.Clone();
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

    public string DefinitionText() =>
        Definition is { } d ? JsonSerializer.Serialize(d, PlanJson.Options) : string.Empty;
}
