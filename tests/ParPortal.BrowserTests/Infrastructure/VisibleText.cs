using Microsoft.Playwright;

namespace ParPortal.BrowserTests.Infrastructure;

/// <summary>
/// What a person sees or hears under some elements: the text of every visible element and its aria-label, title,
/// placeholder and alt, one entry each. Parts of the page marked lang="en" (the "English" switch) and code are left
/// out; a whole page in English is not.
/// </summary>
public static class VisibleText
{
    public static async Task<string[]> UnderAsync(IPage page, string selector) =>
        await page.EvaluateAsync<string[]>("""
            selector => {
              const out = [];
              for (const root of document.querySelectorAll(selector)) {
                for (const e of [root, ...root.querySelectorAll('*')]) {
                  const tagged = e.closest('body [lang]');
                  if (!e.getClientRects().length || e.closest('script, style, code') || (tagged && tagged.lang === 'en')) continue;
                  const own = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ').trim();
                  if (own) out.push(own);
                  for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
                    const v = e.getAttribute(a);
                    if (v && v.trim()) out.push(v.trim());
                  }
                }
              }
              return out;
            }
            """, selector);
}
