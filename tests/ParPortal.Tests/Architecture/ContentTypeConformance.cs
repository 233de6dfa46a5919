using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.EntityFrameworkCore.Metadata;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Tests.Architecture;

/// <summary>
/// What every registered content type must have, checked over a registry, an EF model and the compiled views: a form,
/// a public URL under its public path (or none at all), a search mapping when searched, a version class mapped under
/// its name, and an input that round-trips through JSON with its type. Returns the problems, one sentence each.
/// </summary>
internal static class ContentTypeConformance
{
    public static IReadOnlyList<string> Problems(ContentTypeRegistry registry, IModel model, Assembly views)
    {
        var compiled = views.GetCustomAttributes<RazorCompiledItemAttribute>().Select(a => a.Identifier).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var type in registry.All)
        {
            var input = type.NewInput();
            var version = input.NewVersion();
            if (version.GetType() != type.VersionType || input.GetType() != type.InputType)
            {
                problems.Add($"{type.Name}: its input makes a {version.GetType().Name}, not its version type {type.VersionType.Name}.");
                continue;
            }

            if (!compiled.Contains(type.EditorView))
            {
                problems.Add($"{type.Name}: no compiled editor view at {type.EditorView}.");
            }

            version.Item = new ContentItem { ContentType = type.Name, Slug = "mau-thu" };
            var url = type.PublicUrl(version.Item, version);
            if (type.PublicPath is { } path && (url is null || !url.StartsWith(path, StringComparison.Ordinal)))
            {
                problems.Add($"{type.Name}: public URL “{url}” is not under its public path {path}.");
            }

            if (type.PublicPath is null && (url is not null || type.IsSearchable))
            {
                problems.Add($"{type.Name}: a type without public pages can have no public URL and cannot be searched.");
            }

            if (type.IsSearchable && type.SearchText(version, html => html ?? string.Empty) is null)
            {
                problems.Add($"{type.Name}: searched, but gives no search text.");
            }

            var entity = model.FindEntityType(type.VersionType);
            if (entity is null || !Equals(entity.GetDiscriminatorValue(), type.Name))
            {
                problems.Add($"{type.Name}: {type.VersionType.Name} is not mapped with discriminator “{type.Name}”.");
            }

            var json = JsonSerializer.Serialize<ContentInput>(input, registry.Json);
            if (JsonSerializer.Deserialize<ContentInput>(json, registry.Json)?.GetType() != type.InputType)
            {
                problems.Add($"{type.Name}: its input does not come back from JSON as {type.InputType.Name}.");
            }
        }

        foreach (var versionClass in typeof(ContentVersion).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ContentVersion)) && !t.IsAbstract))
        {
            if (registry.All.All(t => t.VersionType != versionClass))
            {
                problems.Add($"{versionClass.Name} is a content version that no registered type owns.");
            }
        }

        return problems;
    }
}
