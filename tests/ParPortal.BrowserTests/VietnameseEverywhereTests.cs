using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// Vietnamese everywhere. In the editor: every control our configuration enables is opened (each toolbar button
/// and list, the pop-ups on a link, an image and a table cell with their lists, the image-properties dialog, find and
/// replace, the paste dialog, the image dialog, the source view) and nothing shown may be one of Jodit's English texts
/// (the keys of its 27 language packs plus the labels of its controls). On the public site: every page of the demo
/// reached from the home page, with the UI in Vietnamese, is checked against a list of English words.
/// </summary>
public sealed partial class VietnameseEverywhereTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// <summary>English words that are not Vietnamese syllables ("in", "to", "an", "do", "can", "may" … are, so they are not here).</summary>
    private static readonly HashSet<string> EnglishWords = new(
        """
        the and of for with from this that these those page pages next previous prev search home read more download
        downloads news document documents procedure procedures hotline hotlines result results menu close open skip
        content main back share print filter filters all year years type types unit units topic topics view details
        loading error not found submit send feedback rating copyright powered contact address phone email language
        sitemap login logout admin settings help about privacy terms policy yes show hide clear apply cancel save edit
        delete update date time today day month week total items item list table chart score rank change component
        components source author published updated status level field fee fees deadline online step steps dossier legal
        basis history version agency department province district commune citizen citizens business question answer
        questions answers call website portal service services public administrative reform report reports plan plans
        task tasks dashboard please click here your you our we is are was were will must should has have had by at as
        or if it its than then there their which what who when where why how
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    [Fact]
    public async Task EveryEditorControl_ShowsNoEnglish_WhenTheAdminIsVietnamese()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Desktop, output);
        var page = s.Page;
        var editor = await AdminSteps.OpenNewArticleAsync(s);
        var english = await JoditEnglishAsync(page);
        // The dictionary must hold what it is meant to catch, or this test could never fail.
        Assert.Contains("Paragraph", english);
        Assert.Contains("Insert link", english);
        Assert.Contains("Open in fullsize", english);
        var found = new List<string>();
        var opened = 0;

        async Task CheckAsync(string where, string selector)
        {
            opened++;
            foreach (var text in await VisibleText.UnderAsync(page, selector))
            {
                if (text.Length > 1 && (english.Contains(text) || SizeLabel().IsMatch(text) || Counter().IsMatch(text)))
                {
                    found.Add($"{where}: “{text}”");
                }
            }
        }

        await CheckAsync("editor", ".jodit-container");
        await editor.ClickAsync();
        await editor.PressSequentiallyAsync("Chữ thử");

        // Every button of the toolbar, as the page has it: its list when it has one, its pop-up or view when it opens one.
        var buttons = await page.Locator(".jodit-toolbar__box .jodit-toolbar-button").EvaluateAllAsync<string[]>(
            "bs => bs.map(b => [...b.classList].find(c => c.startsWith('jodit-toolbar-button_') && !/_(size|variant)_/.test(c)))");
        Assert.True(buttons.Length >= 19, "The toolbar lost buttons: " + string.Join(", ", buttons));
        foreach (var name in buttons)
        {
            var button = page.Locator($".jodit-toolbar__box .{name}").First;
            var trigger = button.Locator(".jodit-toolbar-button__trigger");
            if (await trigger.CountAsync() > 0)
            {
                await trigger.ClickAsync();
                await Expect(page.Locator(".jodit-popup").First).ToBeVisibleAsync();
                await CheckAsync(name + " list", ".jodit-popup");
                await page.Keyboard.PressAsync("Escape");
            }

            switch (name)
            {
                case "jodit-toolbar-button_link" or "jodit-toolbar-button_table":
                    await button.Locator("button").First.ClickAsync();
                    await Expect(page.Locator(".jodit-popup").First).ToBeVisibleAsync();
                    await CheckAsync(name, ".jodit-popup");
                    await page.Keyboard.PressAsync("Escape");
                    break;
                case "jodit-toolbar-button_ppImage":
                    await button.Locator("button").First.ClickAsync();
                    var dialog = page.Locator("dialog.pp-media-dialog");
                    await CheckAsync("image dialog", "dialog.pp-media-dialog");
                    await dialog.GetByRole(AriaRole.Tab, new() { Name = "Thư viện ảnh" }).ClickAsync();
                    await Expect(dialog.Locator("p[role=status]").First).Not.ToHaveTextAsync("Đang tải thư viện…");
                    await CheckAsync("image dialog, library", "dialog.pp-media-dialog");
                    await dialog.Locator(".pp-media-insert").ClickAsync();
                    await CheckAsync("image dialog, error", "dialog.pp-media-dialog");
                    await dialog.Locator(".pp-media-cancel").ClickAsync();
                    break;
                case "jodit-toolbar-button_source" or "jodit-toolbar-button_fullsize":
                    await button.Locator("button").First.ClickAsync();
                    await CheckAsync(name + " on", ".jodit-container");
                    await button.Locator("button").First.ClickAsync();
                    break;
            }
        }

        // The pop-ups on a link, an image and a table cell, with every list they have, and the image's dialog.
        await page.EvaluateAsync("""
            () => { Object.values(Jodit.instances)[0].value = '<p><a href="https://dichvucong.gov.vn/">Cổng dịch vụ công</a> và chữ</p>' +
              '<p><img src="/_content/ParPortal/favicon.svg" alt="Ảnh thử" width="64" height="64"></p>' +
              '<table><tbody><tr><td>Ô một</td><td>Ô hai</td></tr><tr><td>Ô ba</td><td>Ô bốn</td></tr></tbody></table><p>Hết.</p>'; }
            """);
        foreach (var (target, what) in new[] { ("a", "link pop-up"), ("img", "image pop-up"), ("td", "cell pop-up") })
        {
            // A click landing while the previous pop-up closes (or just after the value is set) opens nothing.
            await PageWaits.ClickUntilVisibleAsync(editor.Locator(target).First, page.Locator(".jodit-popup").First);
            await Expect(page.Locator(".jodit-popup").First).ToBeVisibleAsync();
            await CheckAsync(what, ".jodit-popup");
            var triggers = page.Locator(".jodit-popup .jodit-toolbar-button__trigger");
            for (var i = 0; i < await triggers.CountAsync(); i++)
            {
                await triggers.Nth(i).ClickAsync();
                await CheckAsync(what + " list", ".jodit-popup");
            }

            await page.Keyboard.PressAsync("Escape");
        }

        await editor.Locator("img").ClickAsync();
        await page.Locator(".jodit-popup .jodit-toolbar-button_pencil button").ClickAsync();
        var properties = page.Locator(".jodit-dialog__panel:visible");
        await Expect(properties).ToContainTextAsync("Thuộc tính ảnh");
        await CheckAsync("image properties", ".jodit-dialog__panel");
        await properties.GetByText("Nâng cao", new() { Exact = true }).ClickAsync();
        await CheckAsync("image properties, advanced", ".jodit-dialog__panel");
        await Expect(properties.Locator(".jodit-toolbar-button_close button")).ToHaveAttributeAsync("aria-label", "Đóng");
        await page.Keyboard.PressAsync("Escape");

        foreach (var (keys, what) in new[] { ("Control+F", "find"), ("Control+H", "replace"), ("Control+Shift+V", "paste dialog") })
        {
            await editor.Locator("p").Last.ClickAsync();
            await page.Keyboard.PressAsync(keys);
            await CheckAsync(what, "body");
            await page.Keyboard.PressAsync("Escape");
        }

        await CheckAsync("status bar", ".jodit-status-bar");
        output.WriteLine($"{opened} views checked against {english.Count} English texts of Jodit.");
        Assert.True(found.Count == 0, "English in the editor:\n" + string.Join("\n", found.Distinct()));
        await s.AssertCleanAsync();
    }

    [Fact]
    public async Task EveryPublicPage_ShowsNoEnglishWord_WhenTheUiIsVietnamese()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Desktop, output);
        var queue = new Queue<string>(["/", "/tim-kiem?q=thu+tuc", "/tim-kiem?q=khong+co+ket+qua+nao+xyz"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var found = new List<string>();
        var pages = 0;
        while (queue.TryDequeue(out var path) && pages < 400)
        {
            var response = await s.Page.GotoAsync(path);
            if (response is not { Status: 200 } || !(response.Headers.GetValueOrDefault("content-type") ?? "").Contains("html", StringComparison.Ordinal))
            {
                continue;
            }

            pages++;
            found.AddRange((await EnglishOnPageAsync(s.Page)).Select(w => $"{path}: {w}"));
            foreach (var href in await s.Page.Locator("a[href^='/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            {
                // Every page of the site, once: not the admin, files, feeds, the language switch, or other pages of a list.
                if (!href.StartsWith("//", StringComparison.Ordinal) && !NotAPage().IsMatch(href) && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        output.WriteLine($"{pages} public pages checked.");
        Assert.True(pages >= 60, $"Only {pages} pages were reached from the home page.");
        Assert.True(found.Count == 0, "English on public pages:\n" + string.Join("\n", found.Distinct()));
    }

    [Fact]
    public async Task EnglishWordCheck_FindsEnglish_WhenTheUiIsSwitchedToEnglish()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Desktop, output);

        await s.GotoAsync("/ngon-ngu?culture=en-US&returnUrl=%2F");

        // The same check as the crawl, on the English home page: it must see the English it is there to catch.
        var english = await EnglishOnPageAsync(s.Page);
        Assert.Contains(english, w => w.StartsWith("“Home”", StringComparison.Ordinal) || w.StartsWith("“Search”", StringComparison.Ordinal));
    }

    private static async Task<List<string>> EnglishOnPageAsync(IPage page)
    {
        var found = new List<string>();
        foreach (var text in (await VisibleText.UnderAsync(page, "body")).Append(await page.TitleAsync()))
        {
            foreach (var word in Words().Matches(text).Select(m => m.Value))
            {
                // Acronyms and names in capitals (PAR INDEX, SIPAS, RSS) are not UI text.
                if (word != word.ToUpperInvariant() && EnglishWords.Contains(word.ToLowerInvariant()))
                {
                    found.Add($"“{word}” in “{(text.Length > 80 ? text[..80] : text)}”");
                }
            }
        }

        return found;
    }

    /// <summary>Jodit's English: the keys of its language packs and the labels of its controls' definitions.</summary>
    private static async Task<HashSet<string>> JoditEnglishAsync(IPage page)
    {
        var texts = await page.EvaluateAsync<string[]>("""
            () => {
              const s = new Set();
              for (const pack of Object.values(Jodit.lang)) for (const key of Object.keys(pack)) s.add(key);
              const seen = new Set();
              const walk = (o, depth) => {
                if (!o || depth > 4 || seen.has(o) || typeof o !== 'object') return;
                seen.add(o);
                for (const [k, v] of Object.entries(o)) {
                  if (['tooltip', 'text', 'title'].includes(k) && typeof v === 'string') s.add(v);
                  else if (k === 'list' && v && typeof v === 'object') (Array.isArray(v) ? v : Object.values(v)).forEach(x => typeof x === 'string' && s.add(x));
                  else walk(v, depth + 1);
                }
              };
              walk(Jodit.defaultOptions.controls, 0);
              return [...s].map(t => t.trim()).filter(t => /[A-Za-z]{2}/.test(t));
            }
            """);
        return new HashSet<string>(texts, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\d+ by \d+$")]
    private static partial Regex SizeLabel();

    [GeneratedRegex(@"^(Chars|Words): \d+$")]
    private static partial Regex Counter();

    [GeneratedRegex(@"[A-Za-zÀ-ỹ]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^/(admin|media|api|ngon-ngu|_content)|[?#]|\.(xml|pdf|docx?|xlsx?|odt|ods)$")]
    private static partial Regex NotAPage();
}
