using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Users;

namespace ParPortal.Features.Content.Preview;

/// <summary>
/// Preview of any version, published or not, rendered by the type's own public page
/// (<see cref="ContentTypeDefinition.PreviewPage"/>) at an admin address: <c>/admin/preview/{type}/{id}/{version}</c>.
/// The page is the same code and view the public sees, so what an editor previews is what will be published.
/// </summary>
/// <remarks>
/// The extra route is added to the public page with the admin permission as endpoint metadata (only for that route:
/// the public route stays anonymous), and the page checks the item itself (<see cref="PreviewTarget"/>): contributors
/// preview only their unit's items. Paths under /admin are never output-cached.
/// </remarks>
public static class ContentPreview
{
    /// <summary>Where previews answer; the layout of these pages is the public one.</summary>
    public const string PathPrefix = "/admin/preview";

    public const string IdKey = "previewId";

    public const string VersionKey = "previewVersion";

    /// <summary>The preview address of a version, or null when its type has no public page.</summary>
    public static string? Url(ContentTypeDefinition type, Guid itemId, int version) =>
        type.PreviewPage is null ? null : $"{Prefix(type)}/{itemId}/{version}";

    /// <summary>Adds the preview route of every type that has a public page.</summary>
    public static IServiceCollection AddContentPreview(this IServiceCollection services)
    {
        // PostConfigure: Razor Pages' own set-up creates the convention collection afresh, so anything added before it
        // (registration order) would be lost.
        services.AddOptions<RazorPagesOptions>().PostConfigure<ContentTypeRegistry>((options, types) =>
        {
            foreach (var type in types.All.Where(t => t.PreviewPage is not null))
            {
                var template = $"{Prefix(type)}/{{{IdKey}:guid}}/{{{VersionKey}:int}}";
                options.Conventions.AddPageRouteModelConvention(type.PreviewPage!, model => model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel { Template = template, SuppressLinkGeneration = true },
                    EndpointMetadata = { new AuthorizeAttribute(Permissions.ViewAdmin) },
                }));
            }
        });
        return services;
    }

    /// <summary>The version a request asks to preview, or null on the public routes.</summary>
    public static PreviewTarget? TargetOf(RouteData route) =>
        route.Values.TryGetValue(IdKey, out var id) && Guid.TryParse(id?.ToString(), out var itemId)
        && route.Values.TryGetValue(VersionKey, out var v) && int.TryParse(v?.ToString(), out var version)
            ? new PreviewTarget(itemId, version)
            : null;

    private static string Prefix(ContentTypeDefinition type) => PathPrefix + "/" + type.Name.ToLowerInvariant();
}

/// <summary>The item and version number a preview request names.</summary>
public sealed record PreviewTarget(Guid ItemId, int Version);

/// <summary>What the layout says about a previewed page: which version, in which state, and where its admin page is.</summary>
public sealed record PagePreview(Guid ItemId, int Version, ParPortal.Content.ContentState State, bool IsPublished);
