using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParPortal.Data;
using ParPortal.Hosting;

namespace ParPortal.Features.Users;

public static class UsersServiceCollectionExtensions
{
    /// <summary>The authentication scheme that picks cookies for pages and bearer tokens for /api.</summary>
    public const string SelectorScheme = "ParPortal";

    /// <summary>
    /// Identity with cookies for the admin and personal tokens for the API. The API never accepts the cookie, so a
    /// cross-site form can never call it with an editor's session.
    /// </summary>
    public static IServiceCollection AddParPortalUsers(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section));
        var accounts = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or API token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Path.StartsWithSegments("/api") ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.AddIdentityCore<PortalUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = accounts.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ParPortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/denied";
            o.Cookie.Name = "parportal.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = accounts.SessionLifetime;
            o.SlidingExpiration = true;
        });
        // Sessions end when the account changes (logout, lock, password, roles): see AccountOptions.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = accounts.SessionValidationInterval);
        services.AddScoped<PortalSignIn>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "parportal.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Framing is decided by the security headers (frame-ancestors, X-Frame-Options) for every response.
            o.SuppressXFrameOptionsHeader = true;
        });

        services.AddAuthorizationBuilder().AddPermissionPolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<ApiTokenService>();

        services.AddDataProtection().SetApplicationName("ParPortal");
        // The key folder follows the configured data folder, resolved when keys are first needed.
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(DataServiceCollectionExtensions.DataFolder(sp), "keys")), sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        return services;
    }
}
