using Microsoft.Playwright;

namespace CsrSponsorship.CircuitLoad;

// Several circuits on /pekerja type a name into the search box at the same moment, round after round. Measured in
// each page on the browser's clock: from the last keystroke's input event to the first moment the grid shows only
// rows whose name holds the typed term (a MutationObserver on the grid), so the debounce, the round trip to the
// server, the query, the render and the DOM update are all inside the figure.
internal static class SearchRun
{
    // Surnames of the demo data with more than a page (25) of matches each, no one of them inside another.
    public static readonly string[] Terms = ["noor", "baseri", "kurniawan", "hairudin", "syahputra", "zakaria", "wijaya", "santoso"];

    private const string Arm = """
        term => {
          const input = document.querySelector('input[data-testid=worker-search]');
          const grid = document.querySelector('[data-testid=worker-grid]');
          let last = 0, changed = false;
          const onInput = () => { last = performance.now(); changed = false; };
          input.addEventListener('input', onInput);
          const shows = () => {
            if (input.value !== term) return false;
            const rows = [...grid.querySelectorAll('tbody tr.mud-table-row')];
            // A prefix typed during a slow moment may already have brought these rows; the answer to the whole term
            // then redraws the grid (its loading bar comes and goes), so a change after the last key is required.
            return changed && !grid.querySelector('.mud-table-loading, .mud-progress-linear')
              && rows.length > 0 && rows.every(r => (r.querySelector('td')?.textContent ?? '').toLowerCase().includes(term));
          };
          window.__csrSearch = new Promise(resolve => {
            const observer = new MutationObserver(() => {
              if (last > 0) changed = true;
              if (last > 0 && shows()) {
                observer.disconnect();
                input.removeEventListener('input', onInput);
                resolve(performance.now() - last);
              }
            });
            observer.observe(grid, { subtree: true, childList: true, characterData: true, attributes: true });
          });
        }
        """;

    // Milliseconds per search; each typist runs `rounds` searches, all typists together.
    public static async Task<List<double>> MeasureAsync(IReadOnlyList<IPage> typists, int rounds, int keyDelayMs)
    {
        var samples = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var searches = typists.Select((page, i) => SearchOnceAsync(page, Terms[(round + i) % Terms.Length], keyDelayMs));
            samples.AddRange(await Task.WhenAll(searches));
        }

        return samples;
    }

    private static async Task<double> SearchOnceAsync(IPage page, string term, int keyDelayMs)
    {
        var input = page.Locator("input[data-testid=worker-search]");
        await page.EvaluateAsync(Arm, term);
        await input.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        // A quick typist: one key every keyDelayMs, the first replacing the previous term.
        await page.Keyboard.TypeAsync(term, new KeyboardTypeOptions { Delay = keyDelayMs });
        // A search that never shows its rows counts as 10 s rather than stopping the run.
        return await page.EvaluateAsync<double>("() => Promise.race([window.__csrSearch, new Promise(r => setTimeout(() => r(10000), 10000))])");
    }
}
