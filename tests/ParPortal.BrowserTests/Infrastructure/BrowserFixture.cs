using Microsoft.Playwright;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>
/// One Playwright driver and one headless Debian Chromium for a test class; each test opens its own context (cookies,
/// viewport) through <see cref="BrowserSession"/>.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PARPORTAL_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // Flags measured in TOOLCHAIN.md: no sandbox (root in CI), no GPU, and no traffic of Chromium's own.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>The browser plus one shared demo host, for tests that only read the demo content.</summary>
public sealed class DemoSiteFixture : BrowserFixture
{
    public BrowserHost Host { get; } = new();

    public override async Task InitializeAsync()
    {
        _ = Host.BaseAddress;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Host.DisposeAsync();
    }
}
