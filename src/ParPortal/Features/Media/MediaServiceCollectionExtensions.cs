using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ParPortal.Features.Office;

namespace ParPortal.Features.Media;

/// <summary>Registers the upload pipeline.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MediaOptions"/> from <c>ParPortal:Media</c> and registers <see cref="FileTypeSniffer"/>,
    /// <see cref="ImageProcessor"/> and <see cref="MediaStore"/>. The host must also register an
    /// <see cref="IMediaFileLookup"/> for <see cref="MediaEndpoints.MapParPortalMedia"/>.
    /// </summary>
    public static IServiceCollection AddParPortalMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<MediaOptions>, ResolveMediaRoot>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OfficePackageLimits>();
        services.AddSingleton<FileTypeSniffer>();
        services.AddSingleton<ImageProcessor>();
        services.AddSingleton<MediaStore>();
        services.AddScoped<MediaUploads>();
        return services;
    }

    private sealed class ResolveMediaRoot(IHostEnvironment? environment = null) : IPostConfigureOptions<MediaOptions>
    {
        public void PostConfigure(string? name, MediaOptions options)
        {
            if (!Path.IsPathRooted(options.RootPath))
            {
                options.RootPath = Path.GetFullPath(Path.Combine(environment?.ContentRootPath ?? AppContext.BaseDirectory, options.RootPath));
            }
        }
    }
}
