using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// axe-core run inside the page under test (decision 0178). Deque's `RunAxe` runs axe in its "partial" mode, meant for
// cross-origin frames, and finishes every run in a new browser page into which it injects axe a second time: 4–20 s a
// scan on the shared 2-core machine, against 0.5–3 s for `axe.run` itself. The app has no frames, so this puts the
// same axe-core (the copy Deque.AxeCore.Commons bundles) into the page once per page load and calls `axe.run` on the
// same context with the same options: the same rules on the same nodes, with the same results.
internal static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async (context, tags) => {
          const result = await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map(v => ({
            Id: v.id, Impact: v.impact ?? '', Help: v.help,
            Nodes: v.nodes.map(n => ({ Target: [n.target].flat(Infinity).join(' '), Html: n.html })),
          }));
        }
        """;

    // The violations of the rules carrying one of the tags, in the whole page or in the one element `within` matches
    // (strictly: two matches fail, as a locator does). `resultTypes` only spares axe from describing every node that
    // passed; the violations are found and described in full.
    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page, IReadOnlyList<string> tags, string? within = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        return within is null
            ? await page.EvaluateAsync<Violation[]>($"tags => ({Run})(null, tags)", tags)
            : await page.Locator(within).EvaluateAsync<Violation[]>(Run, tags);
    }

    // Filled by Playwright, which needs a parameterless constructor and setters.
    internal sealed class Violation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Help { get; set; } = "";

        public Node[] Nodes { get; set; } = [];
    }

    internal sealed class Node
    {
        public string Target { get; set; } = "";

        public string Html { get; set; } = "";
    }
}
