using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.BadInput;

// Every document the app produces, fed the hostile texts: it renders, PdfPig opens it, the page count is sane,
// no glyph crosses the right margin (a 200-letter word is broken, not pushed off the page), what the font cannot
// draw (emoji, Chinese, Arabic, direction marks) becomes "?" instead of an exception, and the readable part of each
// name is printed.
public sealed class HostileDocumentsTests(HostileDocumentsFixture fixture) : IClassFixture<HostileDocumentsFixture>
{
    private TestApp App => fixture.App;

    private InvoiceDocumentService Documents => App.Get<InvoiceDocumentService>();

    private ReceiptDocumentService Receipts => App.Get<ReceiptDocumentService>();

    [Fact]
    public async Task The_invoice_to_a_200_letter_company_lists_every_hostile_worker_inside_the_margins()
    {
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");

        var pdf = await Documents.InvoicePdfAsync(fixture.LongNameInvoiceId);

        var text = CorpusAssert.PdfIsSane(
            pdf.Content, maxPages: 12, [HostileDocumentsFixture.LongName, HostileDocumentsFixture.Address200, BadInputCorpus.Text("word-150").Text, .. fixture.WorkerNames],
            pdf.FileName);
        Assert.Contains('?', text);
    }

    [Fact]
    public async Task The_invoice_to_a_script_named_company_prints_the_name_as_text()
    {
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");

        var pdf = await Documents.InvoicePdfAsync(fixture.ScriptInvoiceId);

        var text = CorpusAssert.PdfIsSane(pdf.Content, maxPages: 4, [HostileDocumentsFixture.Script, HostileDocumentsFixture.Address200], pdf.FileName);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_receipts_print_the_payer_inside_the_margins()
    {
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");

        var longName = await Receipts.ReceiptPdfAsync(fixture.LongNamePaymentId);
        var script = await Receipts.ReceiptPdfAsync(fixture.ScriptPaymentId);

        CorpusAssert.PdfIsSane(longName.Content, maxPages: 2, [HostileDocumentsFixture.LongName], longName.FileName);
        CorpusAssert.PdfIsSane(script.Content, maxPages: 2, [HostileDocumentsFixture.Script], script.FileName);
    }

    [Fact]
    public async Task The_signed_letter_carries_every_hostile_text_in_subject_addressees_content_and_Tembusan()
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");

        var pdf = await App.Get<LetterDocumentService>().OfficialPdfAsync(fixture.LetterId);

        var texts = BadInputCorpus.Hostile.Select(h => h.Text).ToList();
        var drawn = CorpusAssert.PdfIsSane(pdf.Content, maxPages: 40, texts, pdf.FileName);
        Assert.Contains("<SCRIPT>ALERT(1)</SCRIPT>", drawn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_company_copy_and_the_combined_print_file_name_their_hostile_company()
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        var letters = App.Get<LetterDocumentService>();
        var pages = 0;
        foreach (var companyId in fixture.CompanyIds.Values)
        {
            var copy = await letters.CompanyCopyAsync(fixture.LetterId, companyId);
            CorpusAssert.PdfIsSane(copy.Content, maxPages: 40, [fixture.CompanyNames[companyId]], copy.FileName);
            Assert.EndsWith(".pdf", copy.FileName, StringComparison.Ordinal);
            Assert.DoesNotContain('<', copy.FileName);
            Assert.DoesNotContain('/', copy.FileName["surat-edaran-".Length..]);
            using var document = UglyToad.PdfPig.PdfDocument.Open(copy.Content);
            pages += document.NumberOfPages;
        }

        var combined = await letters.CombinedPdfAsync(fixture.LetterId);

        CorpusAssert.PdfIsSane(combined.Content, maxPages: pages, fixture.CompanyIds.Values.Select(id => fixture.CompanyNames[id]), combined.FileName);
        using var all = UglyToad.PdfPig.PdfDocument.Open(combined.Content);
        Assert.Equal(pages, all.NumberOfPages);
    }

    [Fact]
    public async Task The_CSR_statements_of_both_invoiced_companies_render_as_PDF_and_workbook()
    {
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");
        var statements = App.Get<CsrStatementService>();
        foreach (var id in new[] { "word-200", "script" })
        {
            var companyId = fixture.CompanyIds[id];
            var pdf = await statements.PdfAsync(companyId, 2026);
            CorpusAssert.PdfIsSane(pdf.Content, maxPages: 3, [fixture.CompanyNames[companyId]], pdf.FileName);
            Assert.DoesNotContain('<', pdf.FileName);

            var xlsx = await statements.ExcelAsync(companyId, 2026);
            var texts = CorpusAssert.WorkbookIsInert(xlsx.Content, xlsx.FileName);
            CorpusAssert.ShowsLiterally(texts, fixture.CompanyNames[companyId], xlsx.FileName);
        }
    }

    [Fact]
    public async Task Every_export_and_report_shows_the_hostile_names_as_stored()
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        var exports = App.Get<ExportService>();
        var workers = Inert(await exports.WorkersAsync(new WorkerQuery()));
        var companies = Inert(await exports.CompaniesAsync(new CompanyQuery()));
        var sponsorships = Inert(await exports.SponsorshipsAsync(new SponsorshipQuery()));
        Inert(await exports.InvoicesAsync(new InvoiceQuery()));
        Inert(await exports.PaymentsAsync(new PaymentQuery()));
        var reports = App.Get<ReportService>();
        var peserta = Inert(await reports.PesertaDisponsoriAsync(new YearMonth(2026, 7)));
        Inert(await reports.RekapTagihanAsync(new YearMonth(2026, 6)));
        Inert(await reports.PembayaranAsync(NikCorpusFixture.Today, new DateOnly(2026, 6, 30)));
        Inert(await reports.CakupanWilayahAsync(new YearMonth(2026, 7)));
        Inert(await reports.IuranPerProgramAsync(2026));

        foreach (var name in fixture.WorkerNames)
        {
            CorpusAssert.ShowsLiterally(workers, name, "Daftar Pekerja");
            CorpusAssert.ShowsLiterally(sponsorships, name, "Daftar Kepesertaan");
            CorpusAssert.ShowsLiterally(peserta, name, "Peserta Disponsori");
        }

        foreach (var name in fixture.CompanyNames.Values)
        {
            CorpusAssert.ShowsLiterally(companies, name, "Daftar Perusahaan");
        }
    }

    // The sign-in user name is stored as typed (it is evidence), so the export itself must cope with characters
    // XML cannot carry.
    [Fact]
    public async Task The_audit_export_copes_with_every_hostile_user_name_typed_at_sign_in()
    {
        App.ActAsAdmin();

        var export = await App.Get<AuditService>().ExportAsync(new AuditQuery(Action: AuditService.SignInFailed));

        var texts = CorpusAssert.WorkbookIsInert(export.Content, export.FileName);
        foreach (var h in BadInputCorpus.Hostile.Where(h => h.Text.Length is > 0 and <= 256 && h.Text.All(c => c >= ' ' && !char.IsSurrogate(c) && c < '\uFFFE')))
        {
            CorpusAssert.ShowsLiterally(texts, h.Text, $"Log Audit ({h.Id})");
        }
    }

    private static HashSet<string> Inert(RenderedDocument document) => CorpusAssert.WorkbookIsInert(document.Content, document.FileName);
}
