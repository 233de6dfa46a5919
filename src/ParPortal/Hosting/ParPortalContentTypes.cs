using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Documents;
using ParPortal.Features.Feedback;
using ParPortal.Features.Hotlines;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Plans;
using ParPortal.Features.Procedures;

namespace ParPortal.Hosting;

/// <summary>
/// The content types of the module, in the order menus list them. Each registration, in its feature folder, says
/// everything that varies by type; adding a type is one folder and one line here.
/// </summary>
public static class ParPortalContentTypes
{
    public static IServiceCollection AddParPortalContentTypes(this IServiceCollection services) => services
        .AddContentType<ArticleType>()
        .AddContentType<DocumentType>()
        .AddContentType<ProcedureType>()
        .AddContentType<HotlineType>()
        .AddContentType<IndexResultType>()
        .AddContentType<PlanType>()
        .AddContentType<FeedbackType>();

    /// <summary>The registry of the module's types, for code that runs without the host (benchmarks, tests).</summary>
    public static ContentTypeRegistry CreateRegistry() =>
        new ServiceCollection().AddParPortalContentTypes().BuildServiceProvider().GetRequiredService<ContentTypeRegistry>();
}
