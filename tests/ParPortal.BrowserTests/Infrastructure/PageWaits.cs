using Microsoft.Playwright;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>
/// Waits for what a test is about to assert, instead of reading a property once: on a busy 2-core machine an image or
/// a focus change can land a moment after the element became visible.
/// </summary>
public static class PageWaits
{
    /// <summary>
    /// Scrolls a (lazy) image into view and waits until the browser has loaded and decoded it; fails when it is
    /// broken. <c>HTMLImageElement.decode()</c> settles only once loading finished, either way.
    /// </summary>
    public static async Task AssertImageLoadedAsync(ILocator image, string what)
    {
        await image.ScrollIntoViewIfNeededAsync();
        var loaded = await image.EvaluateAsync<bool>("async i => { try { await i.decode(); } catch { return false; } return i.naturalWidth > 0; }");
        Assert.True(loaded, $"{what} did not load: {await image.GetAttributeAsync("src")}");
    }

    /// <summary>Waits until the focused element matches the JavaScript predicate <c>e => …</c>; fails with <paramref name="message"/>.</summary>
    public static async Task AssertFocusedAsync(IPage page, string predicate, string message)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => {{ const e = document.activeElement; return !!e && ({predicate})(e); }}",
                null, new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(message + " Focus is on " +
                        await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing'"));
        }
    }

    /// <summary>
    /// Clicks <paramref name="target"/> until <paramref name="shown"/> is visible, at most three times two seconds
    /// apart: an editor may ignore a click that lands while its own handlers are still busy, and a user clicks again.
    /// </summary>
    public static async Task ClickUntilVisibleAsync(ILocator target, ILocator shown)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await shown.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 2_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }
}
