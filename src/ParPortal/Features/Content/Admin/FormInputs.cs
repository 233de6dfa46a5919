using Microsoft.AspNetCore.Http;
using ParPortal.Content;

namespace ParPortal.Features.Content.Admin;

/// <summary>An input with list fields that forms post as text (one entry a line) rather than as bound collections.</summary>
public interface IFormListFields
{
    void ReadLists(IFormCollection form);
}

/// <summary>
/// An input with checks that need the site's data, run when the form is posted so that their errors show together
/// with every other field's; the content manager's handlers check again when the item is saved.
/// </summary>
public interface IFormCheckedInput
{
    Task CheckAsync(IServiceProvider services, FieldErrors errors, CancellationToken ct);
}
