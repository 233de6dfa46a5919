using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser context and page at one width. Every console error, uncaught page error and server log entry at
/// Warning or above is collected; <see cref="AssertCleanAsync"/> fails the test on any of them.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static int _printedFolder;
    private readonly ConcurrentQueue<string> _browserErrors = new();
    private readonly BrowserHost _host;
    private readonly ITestOutputHelper _output;

    private BrowserSession(BrowserHost host, IBrowserContext context, IPage page, string width, ITestOutputHelper output)
    {
        (_host, Context, Page, WidthName, _output) = (host, context, page, width, output);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string WidthName { get; }

    public bool IsPhone => WidthName == Width.Phone;

    /// <summary>Opens a fresh context (no cookies) at the width, pointed at the host, with error collection on.</summary>
    public static async Task<BrowserSession> OpenAsync(IBrowser browser, BrowserHost host, string width, ITestOutputHelper output)
    {
        var options = Width.Options(width);
        options.BaseURL = host.BaseAddress.ToString();
        options.Locale = "vi-VN";
        options.TimezoneId = "Asia/Ho_Chi_Minh";
        // axe-core is injected as a script tag; a Content-Security-Policy must not stop the test tool itself.
        options.BypassCSP = true;
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(host, context, page, width, output);
        page.Console += (_, msg) =>
        {
            if (msg.Type is "error")
            {
                session._browserErrors.Enqueue($"console error on {page.Url}: {msg.Text} ({msg.Location})");
            }
        };
        page.PageError += (_, error) => session._browserErrors.Enqueue($"page error on {page.Url}: {error}");
        host.ClearLogs();
        if (Interlocked.Exchange(ref _printedFolder, 1) == 0)
        {
            output.WriteLine("Screenshots: " + RepoPaths.Screenshots);
        }

        return session;
    }

    /// <summary>Goes to a site path and checks the response status.</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response!.Status == expectedStatus, $"GET {path}: HTTP {response.Status}, expected {expectedStatus}");
        return response;
    }

    /// <summary>Saves a full-page screenshot as test-results/screenshots/{journey}-{width}.png.</summary>
    public async Task ScreenshotAsync(string journey)
    {
        var path = Path.Combine(RepoPaths.Screenshots, $"{journey}-{WidthName}.png");
        // A screenshot is evidence, not an assertion: on a busy 2-core machine a long page can take more than the
        // default 15 s to paint, which must not fail the journey.
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 60_000 });
    }

    /// <summary>Fails when the browser reported an error or the server logged a warning or worse during the test.</summary>
    public async Task AssertCleanAsync()
    {
        // Late console messages (e.g. a failed image) arrive asynchronously; let the page settle first.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var problems = _browserErrors.Concat(_host.Logs.Entries.Select(e => "server: " + e)).ToList();
        foreach (var p in problems)
        {
            _output.WriteLine(p);
        }

        Assert.True(problems.Count == 0, "Browser errors or server warnings:\n" + string.Join("\n", problems));
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
    }
}
