using Microsoft.AspNetCore.Mvc.ModelBinding;
using ParPortal.Content;

namespace ParPortal.Features.Admin;

/// <summary>The messages recorded for one field (keys are the camelCase field names the content rules use).</summary>
public static class FormErrors
{
    public static string? For(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>The messages of a list field and of its rows ("phones", "phones[1]", "dossier[0].name").</summary>
    public static string? ForList(ModelStateDictionary state, string field)
    {
        var messages = state
            .Where(kv => kv.Key == field || kv.Key.StartsWith(field + "[", StringComparison.Ordinal))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value?.Errors.Select(e => e.ErrorMessage) ?? [])
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>
    /// Adds every error of a validation exception under its field name, through <paramref name="translate"/> when given
    /// (a public form shows its messages in the page's language where the table has them).
    /// </summary>
    public static void Add(ModelStateDictionary state, ContentValidationException e, Func<string, string>? translate = null)
    {
        foreach (var (field, messages) in e.Errors)
        {
            foreach (var m in messages)
            {
                state.AddModelError(field, translate is null ? m : translate(m));
            }
        }
    }

    /// <summary>
    /// Replaces the model binder's English errors for "{prefix}.Field" (a year typed as "abc") with a Vietnamese
    /// message under the camelCase field name, where the form shows it next to the field.
    /// </summary>
    public static void TranslateBindingErrors(ModelStateDictionary state, string prefix, Microsoft.AspNetCore.Http.IFormCollection form)
    {
        foreach (var (key, entry) in state.Where(kv => kv.Key.StartsWith(prefix + ".", StringComparison.Ordinal) && kv.Value?.Errors.Count > 0).ToList())
        {
            var name = key[(prefix.Length + 1)..];
            var field = char.ToLowerInvariant(name[0]) + name[1..];
            state.Remove(key);
            // The posted text, because the binder does not keep the attempted value of a failed conversion here.
            var attempted = form.TryGetValue(key, out var posted) ? posted.ToString() : entry!.AttemptedValue;
            state.AddModelError(field, $"Giá trị “{attempted}” không hợp lệ.");
        }
    }
}
