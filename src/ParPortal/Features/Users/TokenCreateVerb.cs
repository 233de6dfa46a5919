using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Hosting;

namespace ParPortal.Features.Users;

/// <summary><c>token create &lt;user&gt; &lt;name&gt;</c>: prints a new personal API token of the user (shown once).</summary>
internal sealed class TokenCreateVerb : ICommandVerb
{
    public string Verb => "token create";

    public string Usage => "token create <userName> <tokenName>";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var user = await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(args[0]);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"No user '{args[0]}'.");
            return 1;
        }

        var (_, secret) = await services.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, args[1], null);
        Console.WriteLine(secret);
        return 0;
    }
}
