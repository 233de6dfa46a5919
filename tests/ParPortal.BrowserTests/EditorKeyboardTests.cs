using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// Writing an article with the keyboard alone: the editor's toolbar and editing area are Tab stops, headings and lists
/// come from hotkeys, the image dialog opens, closes with Escape and gives focus back, picks from the library with the
/// keyboard, refuses an image without alt text, and Tab leaves the editor for the next field.
/// </summary>
public sealed class EditorKeyboardTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Width.Phone)]
    [InlineData(Width.Desktop)]
    public async Task Article_IsWrittenWithHeadingListAndImage_WhenOnlyTheKeyboardIsUsed(string width)
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, width, output);
        var page = s.Page;
        var title = $"Bàn phím: hồ sơ trực tuyến ({width} {Guid.NewGuid():N})"[..50];

        await s.GotoAsync("/admin/login");
        await TabToAsync(page, "e => e.id === 'u'");
        await page.Keyboard.TypeAsync("bientap");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserHost.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));
        // The library needs one image to pick; uploading is another journey.
        await AdminSteps.ImageUrlAsync(s, host);

        await s.GotoAsync("/admin/content/new/Article");
        await page.Locator(".jodit-wysiwyg").WaitForAsync();
        await TabToAsync(page, "e => e.id === 'Input_Title'");
        await page.Keyboard.TypeAsync(title);
        await TabToAsync(page, "e => e.id === 'Input_Summary'");
        await page.Keyboard.TypeAsync("Viết bằng bàn phím.");
        await TabToAsync(page, "e => e.id === 'Input_Unit'");
        for (var i = 0; i < 100 && await page.EvaluateAsync<string>("() => document.activeElement.value") != "XD-VP"; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Equal("XD-VP", await page.Locator("#Input_Unit").InputValueAsync());

        // The toolbar speaks the page's language (Jodit has no Vietnamese pack; editor.js supplies the labels).
        await Expect(page.Locator(".jodit-toolbar-button_bold button").First).ToHaveAttributeAsync("aria-label", "Đậm");

        // Tab reaches the toolbar before the editing area.
        await TabToAsync(page, "e => e.closest('.jodit-toolbar__box') !== null && e.tagName === 'BUTTON'");
        await TabToAsync(page, "e => e.classList.contains('jodit-wysiwyg')");
        await page.Keyboard.TypeAsync("Kết quả");
        await page.Keyboard.PressAsync("Control+Alt+2");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Hồ sơ được giải quyết trong ngày.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Control+Shift+8");
        await page.Keyboard.TypeAsync("Nộp trực tuyến");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Nhận kết quả qua bưu điện");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");

        // The image button, back in the toolbar: the dialog opens on Enter with focus on its first tab, and Escape
        // closes it and puts focus back in the editing area.
        await TabToAsync(page, "e => e.closest('.jodit-toolbar-button_ppImage') !== null", shift: true);
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("dialog.pp-media-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Tab, new() { Name = "Tải ảnh lên" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await PageWaits.AssertFocusedAsync(page, "e => e.classList.contains('jodit-wysiwyg')", "Focus did not return to the editor.");

        // Again, and this time pick an image of the library with the arrow keys, Tab and Enter; focus moves to the
        // alt text field, filled with the library's description.
        await TabToAsync(page, "e => e.closest('.jodit-toolbar-button_ppImage') !== null", shift: true);
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var libraryTab = dialog.GetByRole(AriaRole.Tab, new() { Name = "Thư viện ảnh" });
        await Expect(libraryTab).ToBeFocusedAsync();
        await Expect(libraryTab).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(dialog.Locator("button.pp-pick").First).ToBeVisibleAsync();
        await TabToAsync(page, "e => e.classList.contains('pp-pick')");
        await page.Keyboard.PressAsync("Enter");
        var alt = dialog.Locator("input[required]");
        await Expect(alt).ToBeFocusedAsync();
        Assert.Equal(1, await dialog.Locator($"label[for='{await alt.GetAttributeAsync("id")}']").CountAsync());
        await alt.FillAsync(string.Empty);

        // Insert without alt text is refused; Tab never leaves the modal dialog (the page behind it is inert).
        await TabToAsync(page, "e => e.classList.contains('pp-media-insert')");
        await page.Keyboard.PressAsync("Enter");
        await Expect(alt).ToBeFocusedAsync();
        await Expect(alt).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(dialog.Locator("[role=alert]")).Not.ToBeEmptyAsync();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await IsFocusedAsync(page, "e => e.closest('dialog') !== null"), "Tab left the open dialog.");
        }
        await TabToAsync(page, "e => e.required && e.closest('dialog') !== null");
        await page.Keyboard.TypeAsync("Người dân nộp hồ sơ tại bộ phận một cửa");
        await TabToAsync(page, "e => e.classList.contains('pp-media-insert')");
        await page.Keyboard.PressAsync("Space");
        await Expect(dialog).ToHaveCountAsync(0);
        await PageWaits.AssertFocusedAsync(page, "e => e.classList.contains('jodit-wysiwyg')", "Focus did not return to the editor.");

        // Outside lists and tables Tab leaves the editor for the next field; then save with Enter on the button.
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Tab");
        await PageWaits.AssertFocusedAsync(page, "e => e.id === 'Input_Author'", "Tab did not leave the editor.");
        await TabToAsync(page, "e => e.type === 'submit' && e.closest('form.form') !== null");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/content/[0-9a-fA-F-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(title);
        await s.ScreenshotAsync("k-article-saved");
        await s.AssertCleanAsync();

        await using var scope = host.Scope();
        var body = await host.Db(scope).Articles.Where(v => v.IsLatest && v.Title == title).Select(v => v.Body).SingleAsync();
        Assert.Contains("<h2>Kết quả</h2>", body);
        Assert.Contains("<li>Nộp trực tuyến</li>", body);
        Assert.Contains("<li>Nhận kết quả qua bưu điện</li>", body);
        Assert.Matches("<img src=\"/media/[^\"]+\" alt=\"Người dân nộp hồ sơ tại bộ phận một cửa\"", body);
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focused element matches, failing after a bounded number of presses.</summary>
    private static async Task TabToAsync(IPage page, string predicate, bool shift = false)
    {
        for (var i = 0; i < 80; i++)
        {
            if (await IsFocusedAsync(page, predicate))
            {
                return;
            }
            await page.Keyboard.PressAsync(shift ? "Shift+Tab" : "Tab");
        }
        Assert.Fail($"Tab never reached an element matching {predicate}; focus is on " +
                    await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing'"));
    }

    private static Task<bool> IsFocusedAsync(IPage page, string predicate) =>
        page.EvaluateAsync<bool>($"() => {{ const e = document.activeElement; return !!e && ({predicate})(e); }}");
}
