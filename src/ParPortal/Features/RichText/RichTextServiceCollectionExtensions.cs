using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ParPortal.Features.RichText;

/// <summary>Registers the rich-text services.</summary>
public static class RichTextServiceCollectionExtensions
{
    /// <summary>Binds <see cref="RichTextOptions"/> from <c>ParPortal:RichText</c> and adds <see cref="HtmlSanitizer"/> as a singleton.</summary>
    public static IServiceCollection AddParPortalRichText(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RichTextOptions>().Bind(configuration.GetSection(RichTextOptions.SectionName));
        services.AddSingleton<HtmlSanitizer>();
        return services;
    }
}
