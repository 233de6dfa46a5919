using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ParPortal.Features.Content.Types;

/// <summary>Registers content types; the registry collects them in registration order.</summary>
public static class ContentTypeServiceCollectionExtensions
{
    public static IServiceCollection AddContentType<T>(this IServiceCollection services)
        where T : ContentTypeDefinition, new()
    {
        services.AddSingleton<ContentTypeDefinition>(new T());
        services.TryAddSingleton(sp => new ContentTypeRegistry(sp.GetServices<ContentTypeDefinition>()));
        return services;
    }
}
