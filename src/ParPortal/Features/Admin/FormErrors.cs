using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ParPortal.Features.Admin;

/// <summary>The messages recorded for one field (keys are the camelCase field names the content rules use).</summary>
public static class FormErrors
{
    public static string? For(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
