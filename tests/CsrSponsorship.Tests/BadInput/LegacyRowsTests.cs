using System.Globalization;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.BadInput;

// Rows written before input was sanitised (or by a path that skips the rules) still hold NUL, escape codes, RTL
// overrides and U+FFFF. The documents must not depend on the rules having run: every export, the CSR statement
// and the worker page still work on them.
public sealed class LegacyRowsTests : IAsyncLifetime
{
    private TestApp app = default!;
    private readonly List<int> companyIds = [];
    private readonly List<int> workerIds = [];

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(NikCorpusFixture.Today);
        var serial = 0;
        foreach (var h in BadInputCorpus.Hostile.Where(h => h.Text.Trim().Length > 0))
        {
            serial++;
            var company = Company.Create(h.Text, h.Text, string.Create(CultureInfo.InvariantCulture, $"07{serial:00000000000000}"), DateTime.UtcNow);
            company.SetOperatingDesa(["63.01.02.2003"]);
            companyIds.Add((await app.InsertAsync(company)).Id);

            var born = new DateOnly(1990, 5, 1).AddDays(serial);
            var nik = WorkerDraftBuilder.Nik("630102", born, Sex.Male, 7000 + serial);
            var worker = Worker.Register(
                new ValidWorker(nik, h.Text, h.Text, born, Sex.Male, "63.01.02.2003", "63.01.02", "003", "001", h.Text, null, "nelayan", null,
                    1_000_000, null, Provenance.Loket, h.Text, NikCorpusFixture.Today, h.Text),
                "legacy-import",
                DateTime.UtcNow);
            workerIds.Add((await app.InsertAsync(worker)).Id);
        }
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Exports_statements_and_the_worker_page_still_work_on_unsanitised_rows()
    {
        app.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        Inert(await app.Get<ExportService>().WorkersAsync(new WorkerQuery()));
        Inert(await app.Get<ExportService>().CompaniesAsync(new CompanyQuery()));
        foreach (var id in workerIds)
        {
            await app.Get<WorkerService>().GetAsync(id);
        }

        var statements = app.Get<CsrStatementService>();
        foreach (var id in companyIds)
        {
            var pdf = await statements.PdfAsync(id, 2026);
            // A 10,000-character name (never accepted today) takes a few pages; it still wraps inside the margins.
            CorpusAssert.PdfIsSane(pdf.Content, maxPages: 8, [], pdf.FileName);
            Inert(await statements.ExcelAsync(id, 2026));
        }
    }

    private static void Inert(RenderedDocument document) => CorpusAssert.WorkbookIsInert(document.Content, document.FileName);
}
