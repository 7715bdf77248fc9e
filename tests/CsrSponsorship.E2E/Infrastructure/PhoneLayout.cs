using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// What a 390 × 844 phone (the desk's and the Perisai agents' screen) sees, and what spills out of it.
public static class PhoneLayout
{
    public const int Width = 390;
    public const int Height = 844;

    // Every visible element (inside `within`) whose box reaches past the viewport's right or left edge, after the clipping of its
    // scrolling or hidden-overflow ancestors (a table that scrolls inside its own box is fine), plus the page itself
    // when it scrolls sideways. Described as tag#id.class "text" so a failure says what to look at.
    private const string OverflowScript = """
        within => {
          const width = document.documentElement.clientWidth;
          const found = [];
          const describe = el => {
            const id = el.id ? '#' + el.id : '';
            const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
            const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return el.tagName.toLowerCase() + id + cls + (text ? ' "' + text + '"' : '');
          };
          for (const el of document.querySelector(within).querySelectorAll('*')) {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
            let left = box.left, right = box.right;
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') {
                const clip = a.getBoundingClientRect();
                left = Math.max(left, clip.left);
                right = Math.min(right, clip.right);
              }
            }
            if (right > left && (right > width + 1 || left < -1)) {
              found.push(describe(el) + ' [' + Math.round(left) + '..' + Math.round(right) + ']');
            }
          }
          if (document.documentElement.scrollWidth > width + 1) {
            found.unshift('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
          }
          return found.slice(0, 12);
        }
        """;

    public static async Task AssertNothingOverflowsAsync(IPage page, string within = "body")
    {
        var overflowing = await page.EvaluateAsync<string[]>(OverflowScript, within);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        Assert.True(overflowing.Length == 0,
            $"{new Uri(page.Url).AbsolutePath} at {width} px: elements past the viewport:{Environment.NewLine}" + string.Join(Environment.NewLine, overflowing));
    }

    // Saved only when CSR_E2E_SCREENSHOTS names a folder (docs/images when the pictures in docs/accessibility.md are
    // renewed), so an ordinary run leaves the working tree alone.
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CSR_E2E_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), Animations = ScreenshotAnimations.Disabled });
        }
    }
}
