using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Features.Procedures.Import;

/// <summary>Registers the procedure import and export.</summary>
public static class ProcedureImportServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalProcedureImport(this IServiceCollection services)
    {
        services.AddScoped<ProcedureImportService>();
        services.AddSingleton<ProcedureImportUploadService>();
        return services;
    }
}
