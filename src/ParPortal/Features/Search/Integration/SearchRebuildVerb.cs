using Microsoft.Extensions.DependencyInjection;
using ParPortal.Hosting;

namespace ParPortal.Features.Search.Integration;

/// <summary><c>search rebuild</c>: rebuilds the search index from the content tables.</summary>
internal sealed class SearchRebuildVerb : ICommandVerb
{
    public string Verb => "search rebuild";

    public string Usage => "search rebuild";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var count = await services.GetRequiredService<SearchRebuilder>().RebuildAsync(ct);
        Console.WriteLine($"Search index rebuilt: {count} documents.");
        return 0;
    }
}
