using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Admin;

/// <summary>
/// A host shared by a test class, with one administrator session: the login page is rate limited per address
/// (20 a minute), so tests reuse the session rather than log in for every test.
/// </summary>
public sealed class AdminHost : ParPortalFactory
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private HttpClient? _admin;

    public async Task<HttpClient> AdminClientAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_admin is null)
            {
                await this.SeedUnitsAsync();
                _admin = await this.LoginAsync("admin");
            }

            return _admin;
        }
        finally
        {
            _lock.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _admin?.Dispose();
            _lock.Dispose();
        }

        base.Dispose(disposing);
    }
}
