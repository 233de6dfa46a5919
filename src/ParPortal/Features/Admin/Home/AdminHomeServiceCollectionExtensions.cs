using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Features.Admin.Home;

/// <summary>Registration of the admin home's queries.</summary>
public static class AdminHomeServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalAdminHome(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<AdminHome>();
        services.AddScoped<PlanGlance>();
        return services;
    }
}
