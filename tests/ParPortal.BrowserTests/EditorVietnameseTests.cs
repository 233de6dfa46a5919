using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// The editor in the Vietnamese admin: Jodit's own dialogs and pop-ups (link dialog, table-size popup, link pop-up,
/// image pop-up and properties dialog, find and replace bar), placeholder and counters speak Vietnamese, the arrows of split buttons have names of their own, and HTML pasted
/// from Word goes in at once with its headings, lists and tables.
/// </summary>
public sealed class EditorVietnameseTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// <summary>Jodit's English texts that editor.js translates and that these screens can show.</summary>
    private static readonly string[] English =
    [
        "URL", " URL", "Text", "Class name", "Open in new tab", "No follow", "Insert", "Update", "Unlink", "Open link",
        "Edit link", "Table size", "Insert link", "Insert table", "Type something", "Insert format block", "Align",
        "Insert Unordered List", "Insert Ordered List", "Normal", "Heading 2", "Cancel", "Ok", "Paste as HTML", "Keep",
        "Clean", "Insert as Text", "Insert only Text", "Word Paste Detected", "Fill color or set the text color", "Delete",
        "Vertical align", "Split", "Merge", "Add column", "Add row", "Background",
        "Chars: 0", "Words: 0", "Powered by Jodit",
        "Image properties", "Image", "Advanced", "Src", "Title", "Alternative", "Alternative text", "Link", "Width",
        "Height", "Keep Aspect Ratio", "Margins", "Styles", "Classes", "Border radius", "Border", "Edit",
        "Horizontal align", "Open link in new tab", "Search for", "Replace with", "Find Previous", "Find Next",
        "Replace", "Find", "Color Picker", "Apply", "Save", "Reset",
    ];

    [Fact]
    public async Task JoditDialogsAndPaste_AreVietnamese_WhenTheAdminIsVietnamese()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Desktop, output);
        var page = s.Page;
        var title = $"Trình soạn thảo tiếng Việt {Guid.NewGuid():N}"[..40];

        var editor = await AdminSteps.OpenNewArticleAsync(s);
        Assert.StartsWith("vi", await page.EvaluateAsync<string>("() => document.documentElement.lang"), StringComparison.Ordinal);

        // Placeholder and status bar.
        await Expect(page.Locator(".jodit-placeholder")).ToHaveTextAsync("Nhập nội dung");
        await Expect(page.Locator(".jodit-status-bar")).ToContainTextAsync("Số từ: 0");
        await Expect(page.Locator(".jodit-status-bar")).ToContainTextAsync("Ký tự: 0");
        await AssertNoEnglishAsync(page, ".jodit-status-bar");

        // Split buttons (Jodit names the align control "left"): the action and the arrow are two Tab stops with two different names.
        foreach (var (name, label) in new[] { ("paragraph", "Định dạng khối"), ("ul", "Danh sách dấu đầu dòng"), ("ol", "Danh sách đánh số"), ("left", "Căn lề") })
        {
            var button = page.Locator($".jodit-toolbar-button_{name}").First;
            await Expect(button.Locator("button").First).ToHaveAttributeAsync("aria-label", label);
            await Expect(button.Locator(".jodit-toolbar-button__trigger")).ToHaveAttributeAsync("aria-label", label + ": mở danh sách");
        }

        // The link dialog, filled and submitted.
        await editor.ClickAsync();
        await editor.PressSequentiallyAsync("Cổng dịch vụ công");
        await page.Keyboard.PressAsync("Control+A");
        await page.Locator(".jodit-toolbar-button_link button").First.ClickAsync();
        var linkForm = page.Locator(".jodit-popup form");
        await Expect(linkForm).ToBeVisibleAsync();
        await Expect(linkForm).ToContainTextAsync("Địa chỉ (URL)");
        await Expect(linkForm).ToContainTextAsync("Mở trong tab mới");
        await Expect(linkForm.Locator("button[type=submit]")).ToHaveTextAsync("Chèn");
        await AssertNoEnglishAsync(page, ".jodit-popup");
        await s.ScreenshotAsync("v-link-dialog");
        await linkForm.Locator("input[name=url]").FillAsync("https://dichvucong.gov.vn/");
        await linkForm.Locator("button[type=submit]").ClickAsync();
        await Expect(editor.Locator("a[href='https://dichvucong.gov.vn/']")).ToHaveTextAsync("Cổng dịch vụ công");

        // The pop-up on a link: open, edit, unlink (and no "insert file", which the site cannot serve).
        await editor.Locator("a").ClickAsync();
        var linkPopup = page.Locator(".jodit-popup").Filter(new LocatorFilterOptions { Has = page.Locator(".jodit-toolbar-button_unlink") });
        await Expect(linkPopup.Locator(".jodit-toolbar-button_unlink button")).ToHaveAttributeAsync("aria-label", "Bỏ liên kết");
        await Expect(linkPopup.Locator(".jodit-toolbar-button_file")).ToHaveCountAsync(0);
        await AssertNoEnglishAsync(page, ".jodit-popup");
        await page.Keyboard.PressAsync("Escape");

        // The table-size popup: its grid and cells are named in Vietnamese; a click on row 2, column 3 inserts the table.
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".jodit-toolbar-button_table button").First.ClickAsync();
        var grid = page.Locator(".jodit-popup [role=grid]");
        await Expect(grid).ToHaveAttributeAsync("aria-label", "Kích thước bảng");
        var cell = grid.Locator("[role=gridcell][aria-label='2 hàng × 3 cột']");
        await Expect(cell).ToHaveCountAsync(1);
        await AssertNoEnglishAsync(page, ".jodit-popup");
        await s.ScreenshotAsync("v-table-popup");
        await cell.ClickAsync();
        await Expect(editor.Locator("table tr")).ToHaveCountAsync(2);
        await Expect(editor.Locator("table tr").First.Locator("td")).ToHaveCountAsync(3);

        // The pop-up on a cell offers only what the sanitizer keeps: merge and split, rows and columns, text
        // alignment; no cell colour or vertical alignment (inline styles that would vanish on save).
        await editor.Locator("table td").First.ClickAsync();
        var cellPopup = page.Locator(".jodit-popup").Filter(new LocatorFilterOptions { Has = page.Locator(".jodit-toolbar-button_addrow") });
        await Expect(cellPopup).ToBeVisibleAsync();
        await Expect(cellPopup.Locator(".jodit-toolbar-button_brushCell, .jodit-toolbar-button_valign")).ToHaveCountAsync(0);
        await Expect(cellPopup.Locator(".jodit-toolbar-button_align")).ToHaveCountAsync(1);
        await AssertNoEnglishAsync(page, ".jodit-popup");
        await page.Keyboard.PressAsync("Escape");

        // Pasting HTML from Word goes in at once: no dialog to answer, headings, lists and tables kept.
        await editor.Locator("p").First.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await editor.EvaluateAsync("""
            area => {
              const html = '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">' +
                '<body><h2 class="MsoHeading2">Thành phần hồ sơ</h2><ul><li class="MsoListParagraph">Tờ khai</li>' +
                '<li class="MsoListParagraph">Bản sao giấy tờ</li></ul><table class="MsoTableGrid"><tr><td>Bước</td><td>Thời hạn</td></tr>' +
                '<tr><td>Tiếp nhận</td><td>1 ngày</td></tr></table><p class="MsoNormal">Hết.</p></body></html>';
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'Thành phần hồ sơ');
              area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """);
        await Expect(editor.Locator("h2")).ToHaveTextAsync("Thành phần hồ sơ");
        await Expect(page.Locator(".jodit-dialog:visible")).ToHaveCountAsync(0);
        await Expect(editor.Locator("li")).ToHaveCountAsync(2);
        await Expect(page.Locator(".jodit-status-bar")).Not.ToContainTextAsync("Số từ: 0");

        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Summary").FillAsync("Kiểm tra trình soạn thảo tiếng Việt.");
        await page.Locator("#Input_Unit").SelectOptionAsync("XD-VP");
        await page.Locator("form.form button[type=submit]").Last.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/content/[0-9a-fA-F-]{36}$"));
        await s.AssertCleanAsync();

        await using var scope = host.Scope();
        var body = await host.Db(scope).Articles.Where(v => v.IsLatest && v.Title == title).Select(v => v.Body).SingleAsync();
        Assert.Contains("<h2>Thành phần hồ sơ</h2>", body);
        Assert.Contains("<li>Tờ khai</li>", body);
        Assert.Contains("<li>Bản sao giấy tờ</li>", body);
        Assert.Contains("<td>Tiếp nhận</td>", body);
        Assert.Contains("href=\"https://dichvucong.gov.vn/\"", body);
        Assert.DoesNotContain("Mso", body);
    }

    [Fact]
    public async Task JoditImageDialogAndFindBar_AreVietnamese_WhenTheAdminIsVietnamese()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Desktop, output);
        var page = s.Page;

        var editor = await AdminSteps.OpenNewArticleAsync(s);
        await page.EvaluateAsync("""
            () => { Object.values(Jodit.instances)[0].value = '<p>Ảnh minh họa hồ sơ</p><p><img src="/_content/ParPortal/favicon.svg" alt="Ảnh thử" width="64" height="64"></p>'; }
            """);

        // The pop-up on an image, then its properties dialog.
        await editor.Locator("img").ClickAsync();
        var imagePopup = page.Locator(".jodit-popup").Filter(new LocatorFilterOptions { Has = page.Locator(".jodit-toolbar-button_pencil") });
        await Expect(imagePopup).ToBeVisibleAsync();
        await AssertNoEnglishAsync(page, ".jodit-popup");
        await imagePopup.Locator(".jodit-toolbar-button_pencil button").ClickAsync();
        var dialog = page.Locator(".jodit-dialog__panel:visible");
        await Expect(dialog).ToContainTextAsync("Thuộc tính ảnh");
        await Expect(dialog).ToContainTextAsync("Văn bản thay thế");
        await AssertNoEnglishAsync(page, ".jodit-dialog__panel");
        await s.ScreenshotAsync("v-image-dialog");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator(".jodit-dialog__panel:visible")).ToHaveCountAsync(0);

        // Find (Ctrl+F) and find-and-replace (Ctrl+H). The bar's own box is zero-sized; its parts are what shows.
        await editor.Locator("p").First.ClickAsync();
        await page.Keyboard.PressAsync("Control+F");
        var find = page.Locator(".jodit-ui-search");
        await Expect(find.Locator("input[placeholder='Tìm kiếm']")).ToBeVisibleAsync();
        await Expect(find.Locator("input[placeholder='Thay thế bằng']")).Not.ToBeVisibleAsync();
        await AssertNoEnglishAsync(page, ".jodit-ui-search");
        await page.Keyboard.PressAsync("Escape");
        await editor.Locator("p").First.ClickAsync();
        await page.Keyboard.PressAsync("Control+H");
        await Expect(find.Locator("input[placeholder='Thay thế bằng']")).ToBeVisibleAsync();
        await AssertNoEnglishAsync(page, ".jodit-ui-search");
        await s.ScreenshotAsync("v-find-replace");
    }

    /// <summary>
    /// Fails if any visible element under the selector shows, as its own text or as an aria-label, title or
    /// placeholder, one of Jodit's English strings.
    /// </summary>
    private static async Task AssertNoEnglishAsync(IPage page, string selector)
    {
        var shown = await page.EvaluateAsync<string[]>("""
            selector => {
              const out = [];
              for (const root of document.querySelectorAll(selector)) {
                for (const e of [root, ...root.querySelectorAll('*')]) {
                  if (!e.getClientRects().length) continue;
                  const own = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ').trim();
                  if (own) out.push(own);
                  for (const a of ['aria-label', 'title', 'placeholder']) {
                    const v = e.getAttribute(a);
                    if (v) out.push(v.trim());
                  }
                }
              }
              return out;
            }
            """, selector);
        Assert.NotEmpty(shown);
        var english = shown.Where(t => English.Contains(t, StringComparer.Ordinal) || English.Contains(" " + t, StringComparer.Ordinal)).ToList();
        Assert.True(english.Count == 0, $"English under {selector}: {string.Join(", ", english)}; everything shown: {string.Join(" | ", shown)}");
    }
}
