using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Features.Plans;

/// <summary>Registration of plans, their progress computation, the progress API and the report downloads.</summary>
public static class PlansServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanProgressService>();
        services.AddScoped<Import.PlanFileImporter>();
        services.AddScoped<TaskLinkPicker>();
        services.AddScoped<Reports.ReportNarratives>();
        services.AddScoped<Admin.PlanEditorData>();
        services.AddScoped<PlanDefinitionCheck>();
        services.AddScoped<ParPortal.Features.Content.IContentHandler, PlanDefinitionGuard>();
        return services;
    }

    public static IEndpointRouteBuilder MapParPortalPlans(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapPlansApi();
        Evidence.TaskLinkEndpoints.MapTaskLinksApi(api);
        Import.PlanImportEndpoints.MapPlanImportApi(api);
        endpoints.MapPlanReports();
        return endpoints;
    }
}
