namespace CsrSponsorship.Tests.Architecture;

// The written-down direction of docs/decisions/0040-one-way-dependencies.md; change both together.
public static class ProjectRules
{
    public static DependencyRules Core { get; } = new()
    {
        Prefix = "CsrSponsorship.Core",
        // "" is CsrSponsorship.Core itself: the composition root (service registration, database start-up).
        Layers = ["Common", "Domain", "Data", "Documents", "Features", ""],
        AreaEdges = new Dictionary<string, IReadOnlyDictionary<string, string[]>>
        {
            ["Domain"] = new Dictionary<string, string[]>
            {
                ["Audit"] = [],
                // A company pledges in the terms adoption takes (1, 3, 6 or 12 months).
                ["CircularLetters"] = ["Sponsorships"],
                ["Companies"] = [],
                // A rate depends on the worker's occupation sector (transport or not).
                ["Contributions"] = ["Workers"],
                ["Identity"] = [],
                // The invoice is the aggregate a payment settles; it freezes companies, rates and workers at issue.
                ["Invoicing"] = ["Companies", "Contributions", "Payments", "Workers"],
                ["Outreach"] = [],
                // A receipt freezes the paying company as its addressee.
                ["Payments"] = ["Companies"],
                ["Sponsorships"] = ["Contributions", "Workers"],
                ["Wilayah"] = [],
                ["Workers"] = [],
            },
            ["Features"] = new Dictionary<string, string[]>
            {
                // Identity (who is calling) and Audit (the trail) serve every area; Numbering serves issued documents.
                ["Identity"] = [],
                ["Audit"] = ["Identity"],
                ["Wilayah"] = ["Identity"],
                ["Numbering"] = ["Identity"],
                ["Contributions"] = ["Identity"],
                ["Companies"] = ["Identity", "Wilayah"],
                // A registration may answer a public-page interest (a lead), which it closes.
                ["Workers"] = ["Audit", "Identity", "Outreach", "Wilayah"],
                ["Sponsorships"] = ["Contributions", "Identity", "Wilayah", "Workers"],
                ["CircularLetters"] = ["Identity", "Numbering"],
                // The BPJS list is read with the worker import's cell rules (NIK, dates, header keys), so both uploads
                // accept the same spellings.
                ["Payments"] = ["Audit", "Identity", "Numbering", "Workers"],
                // Prices with the rate table; the public verification page also looks up receipts and letters.
                ["Invoicing"] = ["CircularLetters", "Contributions", "Identity", "Numbering", "Payments", "Wilayah", "Workers"],
                // The exports stream the areas' own lists; the CSR statement is printed under the office letterhead.
                ["Reports"] = ["Audit", "Companies", "Identity", "Invoicing", "Numbering", "Payments", "Sponsorships", "Wilayah", "Workers"],
                // One-stop desks, outreach activities and leads; the desk report counts the registry's workers and sponsorships.
                ["Outreach"] = ["Audit", "Identity", "Wilayah"],
                // The demo data goes through the same rules and numbering as the screens.
                ["Demo"] = ["Companies", "Invoicing", "Numbering", "Wilayah"],
            },
        },
    };

    public static DependencyRules Web { get; } = new()
    {
        Prefix = "CsrSponsorship.Web",
        // "Components" alone holds App and Routes, which put the pages together; Hosting wires the app up.
        Layers = ["Components.Shared", "Components.Layout", "Components.Pages", "Features", "Components", "Hosting", ""],
        AreaEdges = new Dictionary<string, IReadOnlyDictionary<string, string[]>>
        {
            ["Features"] = new Dictionary<string, string[]>
            {
                // "" is Features itself: Home, which sends each role to its start page.
                [""] = ["Identity"],
                ["Audit"] = [],
                ["CircularLetters"] = [],
                ["Companies"] = ["Reports", "Sponsorships"],
                ["Contributions"] = [],
                ["Identity"] = [],
                // The invoice page records a payment and links its receipts.
                ["Invoicing"] = ["Payments"],
                // The desk report picks its months and draws its chart as the other reports do.
                ["Outreach"] = ["Reports"],
                ["Payments"] = [],
                ["Reports"] = ["CircularLetters"],
                ["Sponsorships"] = [],
                ["Wilayah"] = [],
                // The worker page shows the worker's coverage and records coverage paid by others.
                ["Workers"] = ["Sponsorships"],
            },
        },
    };
}
