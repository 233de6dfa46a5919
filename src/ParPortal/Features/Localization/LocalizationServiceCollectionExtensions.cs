using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ParPortal.Features.Localization;

/// <summary>
/// Vietnamese is the source language: UI strings are written in Vietnamese in the code and views, and
/// <c>Features/Localization/en.json</c> maps them to English (Orchard Core's PO-file idea, without a PO parser).
/// The culture comes from the <c>culture</c> query string or cookie; Vietnamese is the default.
/// </summary>
public static class LocalizationServiceCollectionExtensions
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    /// <summary>True while a request is served in English (its UI culture, set by the request localization).</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static IServiceCollection AddParPortalLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static WebApplication UseParPortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
