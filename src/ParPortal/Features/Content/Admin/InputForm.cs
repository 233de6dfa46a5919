using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ParPortal.Text;

namespace ParPortal.Features.Content.Admin;

/// <summary>
/// A posted form with every value passed through <see cref="InputText.Clean"/>, for the list fields that forms read
/// as text lines (<see cref="IFormListFields"/>) rather than through model binding, which cleans on its own.
/// </summary>
internal static class InputForm
{
    public static IFormCollection Of(IFormCollection form)
    {
        if (!form.Any(f => f.Value.Any(InputText.HasForbidden)))
        {
            return form;
        }

        var cleaned = form.ToDictionary(f => f.Key, f => new StringValues(f.Value.Select(InputText.Clean).ToArray()), StringComparer.OrdinalIgnoreCase);
        return new FormCollection(cleaned, form.Files);
    }
}
