using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Hosting;

/// <summary>The module's two entry points, in the shape of an Orchard Core module's Startup.</summary>
public static class ParPortalServiceCollectionExtensions
{
    public static IServiceCollection AddParPortal(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapParPortal(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
