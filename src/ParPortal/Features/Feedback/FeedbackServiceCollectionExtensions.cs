using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ParPortal.Features.Content;
using ParPortal.Features.Feedback.Api;
using ParPortal.Features.Feedback.Deadlines;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Features.Feedback.Mail;
using ParPortal.Features.Feedback.Ratings;
using ParPortal.Features.Feedback.Workflow;

namespace ParPortal.Features.Feedback;

/// <summary>Registration of citizens' feedback (the type itself is registered in ParPortalContentTypes) and page ratings.</summary>
public static class FeedbackServiceCollectionExtensions
{
    /// <summary>Rate-limit policy of the question form's posts (see <see cref="FeedbackOptions.SubmissionsPerWindow"/>).</summary>
    public const string SubmitPolicy = "feedback-submit";

    public const string TrackPolicy = "feedback-track";

    public const string RatePolicy = "page-rating";

    public static IServiceCollection AddParPortalFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedbackOptions>().Bind(configuration.GetSection(FeedbackOptions.Section))
            .Validate(o => o.AnswerWorkingDays is >= 1 and <= 90, "ParPortal:Feedback:AnswerWorkingDays must be 1–90.")
            .Validate(o => o.SubmissionsPerWindow >= 1 && o.TrackingLookupsPerMinute >= 1 && o.RatingsPerMinute >= 1, "ParPortal:Feedback rate limits must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<FeedbackMailOptions>().Bind(configuration.GetSection(FeedbackMailOptions.Section))
            .Validate(o => !o.IsEnabled || !string.IsNullOrWhiteSpace(o.From), "ParPortal:Feedback:Mail:Host is set but ParPortal:Feedback:Mail:From is empty.")
            .ValidateOnStart();
        // Read once: a bad holiday file stops the start-up with a message naming the file and the entry.
        services.AddSingleton(sp =>
        {
            var file = sp.GetRequiredService<IOptions<FeedbackOptions>>().Value.HolidaysFile;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return HolidayFile.Load(string.IsNullOrWhiteSpace(file) ? null : Path.GetFullPath(Path.Combine(root, file)));
        });
        services.AddScoped<FeedbackDeadlines>();
        services.AddSingleton<FeedbackChallenge>();
        services.AddScoped<FeedbackAttachments>();
        services.AddScoped<FeedbackIntake>();
        services.AddScoped<FeedbackWorkflow>();
        services.AddScoped<FeedbackQueries>();
        services.AddScoped<IContentHandler, FeedbackGuard>();
        services.AddSingleton<IContentCommittedObserver, FeedbackCommittedObserver>();
        services.AddSingleton<FeedbackMailQueue>();
        services.AddHostedService<FeedbackMailSender>();
        services.AddScoped<RatingService>();
        services.AddScoped<RatingResults>();
        services.AddRateLimiter(o =>
        {
            // Only posts count (showing the form is free); partitions are per client address.
            o.AddPolicy(SubmitPolicy, ctx => PostsPerAddress(ctx, Settings(ctx).SubmissionsPerWindow, Settings(ctx).SubmissionWindow));
            o.AddPolicy(RatePolicy, ctx => PostsPerAddress(ctx, Settings(ctx).RatingsPerMinute, TimeSpan.FromMinutes(1)));
            // Look-ups are reads, so every request counts here.
            o.AddPolicy(TrackPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                Address(ctx), _ => new FixedWindowRateLimiterOptions { PermitLimit = Settings(ctx).TrackingLookupsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapParPortalFeedback(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").MapFeedbackApi();
        return endpoints;
    }

    private static RateLimitPartition<string> PostsPerAddress(HttpContext ctx, int permits, TimeSpan window) =>
        HttpMethods.IsPost(ctx.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(Address(ctx), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window })
            : RateLimitPartition.GetNoLimiter("read");

    private static FeedbackOptions Settings(HttpContext ctx) => ctx.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value;

    private static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
