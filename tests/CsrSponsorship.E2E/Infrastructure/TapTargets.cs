using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// Tap targets measured in the browser: every visible target (links, buttons, form controls, ARIA buttons, tabs, menu
// items, anything in the tab order, MudBlazor's pager select) smaller than 24 × 24 CSS px. Stricter than WCAG 2.5.8,
// whose spacing exception we do not lean on (decision 0181): on a phone the cards reflow with the data, so a small
// target alone today has a neighbour tomorrow. A control inside a bigger target of the same click (MudBlazor's
// checkbox input inside its button) is measured as the outer one.
public static class TapTargets
{
    public const int Minimum = 24;

    // The one WCAG exception measured by eye rather than by box: a link inside a sentence, whose size the line of
    // text sets (2.5.8 "Inline"). Each entry names the element and why it is a link in running text.
    public static readonly IReadOnlyList<(string Selector, string Reason)> InlineLinks =
    [
        ("[data-testid=chart-letter-funnel] .mud-typography-body2 > a.mud-link",
            "/disnaker: \"Buka surat\" ends the letter funnel's sentence (\"… perusahaan belum menanggapi. Buka surat\")"),
    ];

    private const string Script = """
        ([minimum, exempt]) => {
          const selector = 'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=link], '
            + '[role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option], [tabindex="0"], '
            + '.mud-table-pagination-select';
          const exempted = new Set(exempt.flatMap(s => [...document.querySelectorAll(s)]));
          const targets = [];
          for (const el of document.querySelectorAll(selector)) {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('[aria-hidden=true], [inert]')) continue;
            targets.push({ el, box, small: box.width < minimum - 0.5 || box.height < minimum - 0.5 });
          }
          const describe = el => {
            const id = el.id ? '#' + el.id : '';
            const testId = el.dataset.testid ? '[data-testid=' + el.dataset.testid + ']' : '';
            const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
            const text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return el.tagName.toLowerCase() + id + testId + cls + (text ? ' "' + text + '"' : '');
          };
          return targets
            .filter(t => t.small && !exempted.has(t.el) && !targets.some(o => o.el !== t.el && !o.small && o.el.contains(t.el)))
            .map(t => describe(t.el) + ' ' + Math.round(t.box.width) + '×' + Math.round(t.box.height));
        }
        """;

    public static async Task<IReadOnlyList<string>> TooSmallAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Script, new object[] { Minimum, InlineLinks.Select(l => l.Selector).ToArray() });

    // Lists load after the circuit connects: measured once their rows (or their empty text) are in.
    public static async Task WaitForContentAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator(".mud-table-loading").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }
}
