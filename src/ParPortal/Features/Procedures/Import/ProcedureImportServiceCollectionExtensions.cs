using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Features.Procedures.Import;

/// <summary>Registers the procedure import and export, and the procedure code rule.</summary>
public static class ProcedureImportServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalProcedureImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProcedureImportOptions>().Bind(configuration.GetSection(ProcedureImportOptions.Section));
        // Every save of a procedure, on any path, keeps its code unique.
        services.AddScoped<ParPortal.Features.Content.IContentHandler, ProcedureCodeGuard>();
        services.AddScoped<ProcedureImportService>();
        services.AddSingleton<ProcedureImportUploadService>();
        return services;
    }
}
