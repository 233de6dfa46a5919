using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ParPortal.Data;
using ParPortal.Features.Api;
using ParPortal.Features.Backups;
using ParPortal.Features.Content.Api;
using ParPortal.Features.Topics.Api;
using ParPortal.Features.Units.Api;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Feedback;
using ParPortal.Features.Content.Preview;
using ParPortal.Features.Admin.Home;
using ParPortal.Features.Localization;
using ParPortal.Features.Media;
using ParPortal.Features.Office;
using ParPortal.Features.Plans;
using ParPortal.Features.Procedures.Import;
using ParPortal.Features.Public;
using ParPortal.Features.Recipes;
using ParPortal.Features.RichText;
using ParPortal.Features.Search.Api;
using ParPortal.Features.Search.Integration;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Features.Users;
using ParPortal.Hosting.Security;
using System.Text.Encodings.Web;

namespace ParPortal.Hosting;

/// <summary>The module's two entry points, in the shape of an Orchard Core module's Startup.</summary>
public static class ParPortalServiceCollectionExtensions
{
    public static IServiceCollection AddParPortal(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SetupOptions>().Bind(configuration.GetSection(SetupOptions.Section));
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section));
        services.AddSingleton(TimeProvider.System);

        // Vietnamese is emitted as characters, not &#x…; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddParPortalData(configuration, environment);
        services.AddParPortalSecurity(configuration);
        services.AddParPortalUsers(environment, configuration);
        services.AddParPortalLocalization();

        services.AddParPortalRichText(configuration);
        services.AddOptions<OfficePackageLimits>().Bind(configuration.GetSection(OfficePackageLimits.Section));
        services.AddParPortalMedia(configuration);
        services.AddScoped<IMediaFileLookup, DbMediaFileLookup>();
        services.AddParPortalSearchIntegration();
        services.AddParPortalProcedureImport(configuration);
        services.AddParPortalContentTypes();
        services.AddContentPreview();
        services.AddScoped<ContentManager>();
        services.AddScoped<ParPortal.Data.IDatabaseInitializer, TitleKeyBackfill>();
        services.AddScoped<ParPortal.Data.IDatabaseInitializer, OrderKeyBackfill>();
        services.AddScoped<ContentInputMapper>();
        services.AddScoped<TopicService>();
        services.AddScoped<UnitService>();
        services.AddScoped<RecipeImporter>();
        services.AddScoped<RecipeUsers>();
        services.AddScoped<FirstRunSetup>();
        services.AddCommandVerb<RecipeImportVerb>();
        services.AddCommandVerb<TokenCreateVerb>();
        services.AddParPortalPlans();
        services.AddParPortalPublic();
        services.AddParPortalFeedback(configuration);
        services.AddParPortalScaleOut(configuration);
        services.AddParPortalBackups(configuration);
        services.AddParPortalAdminHome();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddHostedService<NativeHeapTrimmer>();

        // The API writes and reads the one JSON dialect, with content inputs typed by the registry.
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<ContentTypeRegistry>((o, types) => ContentJson.Configure(o.SerializerOptions, types));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiProblemHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<ParPortalDbContext>("database");
        services.AddRazorPages(o =>
        {
            // Declared permissions of handlers and of content items, checked before a handler runs.
            o.Conventions.ConfigureFilter(new RequirePermissionFilter());
            o.Conventions.ConfigureFilter(new ContentAccessPageFilter());
            // Pages live in feature folders; each declares its own absolute route with @page "/…".
            o.RootDirectory = "/Features";
            // Every feature keeps its admin pages in its own Admin folder (Features/X/Admin): all of them need the
            // admin permission at least, and each page or handler demands more where it must. Its public pages sit in
            // its Public folder and are open to everyone. A page in neither folder declares its own policy, or the
            // fallback (a signed-in user) applies.
            o.Conventions.AddFolderApplicationModelConvention("/", page =>
            {
                if (page.ViewEnginePath.Contains("/Admin/", StringComparison.Ordinal))
                {
                    page.EndpointMetadata.Add(new AuthorizeAttribute(Permissions.ViewAdmin));
                }
            });
            // Public pages are anonymous on their own routes only: a route under /admin that a public page also answers
            // (the preview of a version, ContentPreview) declares its own permission and must not be opened by this.
            o.Conventions.AddFolderRouteModelConvention("/", page =>
            {
                if (page.ViewEnginePath.Contains("/Public/", StringComparison.Ordinal))
                {
                    foreach (var selector in page.Selectors.Where(s => s.AttributeRouteModel?.Template?.StartsWith("admin", StringComparison.OrdinalIgnoreCase) != true))
                    {
                        selector.EndpointMetadata.Add(new AllowAnonymousAttribute());
                    }
                }
            });
            o.Conventions.AllowAnonymousToPage("/Users/Admin/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Users/Admin/Account/Denied");
            o.Conventions.AddPageRoute("/Content/Admin/Edit", "/admin/content/{id:guid}/edit");
        })
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new InputTextModelBinderProvider()))
            .AddViewLocalization();
        return services;
    }

    public static IEndpointRouteBuilder MapParPortal(this IEndpointRouteBuilder endpoints)
    {
        // Every API call counts against its client's allowance (RateLimitPolicies: the global limiter covers /api).
        var api = endpoints.MapGroup("/api");
        api.MapContentApi();
        api.MapTopicApi();
        api.MapUnitApi();
        api.MapSearchApi();
        endpoints.MapParPortalMedia();
        endpoints.MapParPortalPlans();
        endpoints.MapParPortalFeedback();
        // The API description is public: it describes, it never reads content. The health checks declare their own.
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        endpoints.MapParPortalHealth();
        // Browsers still ask for /favicon.ico when a page has no icon link (feeds, files); answer with ours.
        endpoints.MapGet("/favicon.ico", () => Results.Redirect("/_content/ParPortal/favicon.svg", permanent: true)).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapParPortalPublic();
        endpoints.MapRazorPages();
        return endpoints;
    }

    /// <summary>The request pipeline of the module, in order.</summary>
    public static WebApplication UseParPortal(this WebApplication app)
    {
        app.UseParPortalForwardedHeaders();
        app.UseParPortalSecurityHeaders();
        // API errors are ProblemDetails (ApiProblemHandler); a page's error re-executes the Vietnamese error page with
        // the error's own status (413 for a body over the limit, else 500).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/loi/500",
            StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError,
            // A request the client got wrong (a body over the limit) is answered, not logged as a server error.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException || c.ExceptionHandledBy == Microsoft.AspNetCore.Diagnostics.ExceptionHandledType.ExceptionHandlerService,
        });
        app.UseParPortalStatusPages();
        app.UseParPortalRequestLimits();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseParPortalLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        // A page address that matches no route is a 404 for everyone (the Vietnamese error page), not a redirect to the
        // admin sign-in: the fallback authorization policy applies to requests without an endpoint too.
        app.Use((http, next) =>
        {
            if (http.GetEndpoint() is null && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(http);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseParPortalPublic();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }
}

/// <summary>Start-up work that must finish before the site serves requests.</summary>
public static class ParPortalInitialization
{
    /// <summary>
    /// Applies migrations, creates the admin user and imports the first-run recipes, logging each step; once the server
    /// listens, logs where the site and its admin are.
    /// </summary>
    public static async Task InitializeParPortalAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().RunAsync();
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            FirstRunSetup.AnnounceReady(app.Services.GetRequiredService<ILogger<FirstRunSetup>>(), [.. addresses],
                app.Services.GetRequiredService<IOptions<SetupOptions>>().Value, app.Environment.IsDevelopment());
        });
    }
}
