using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real host (demo content and plan 004 loaded) on Kestrel at 127.0.0.1 with a port the OS picks, so that a real
/// browser can reach it. Data folder, database and log collection come from <see cref="ParPortalFactory"/>; on SQLite
/// the data folder starts as a copy of the demo imported once per test process (<see cref="DemoDataTemplate"/>).
/// </summary>
public sealed class BrowserHost : ParPortalFactory
{
    private Uri? _baseAddress;

    public BrowserHost()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        if (PostgresConnectionString is null)
        {
            DemoDataTemplate.CopyTo(DataFolder);
        }
    }

    public override string[] Recipes => DemoFactory.DemoRecipes;

    /// <summary>The password of the demo users (bientap, bientap2, vanphong …) as configured for this host.</summary>
    public static string DemoPassword => UserPassword;

    /// <summary>Starts the server once and returns its address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress
    {
        get
        {
            if (_baseAddress is null)
            {
                StartServer();
                var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
                _baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            }

            return _baseAddress;
        }
    }

    /// <summary>Forgets the server's warnings so far (start-up included), so that a test sees only its own.</summary>
    public void ClearLogs() => Logs.Entries.Clear();
}
