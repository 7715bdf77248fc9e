using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Reports;

// Decisions 0130 and 0131: every screen and document says which figure it shows (estimate, invoiced, paid), takes
// invoiced and paid from the frozen invoices and the payments, and counts a year by the months that fall in it.
public sealed class MoneyFiguresTests : IAsyncLifetime
{
    private static readonly DateOnly June10 = new(2026, 6, 10);
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task After_the_CSR_discount_is_switched_on_every_screen_and_document_agrees_on_the_invoiced_and_paid_rupiah()
    {
        var company = await app.CompanyAsync("PT Diskon Sejahtera");
        var adoption = await app.AdoptedAsync(company, workers: 3);
        Assert.Equal(302_400, adoption.EstimatedTotal);
        await SwitchCsrDiscountOnAsync();
        var invoiceId = await IssueAsync(company, adoption.SponsorshipIds);
        Assert.Equal(151_200, (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row.Total);
        await PayAsync(invoiceId, 151_200, June10, "TRX-DISKON");
        var expected = new MoneyFigures(0, 151_200, 151_200);

        app.ActAsCsrOf(company);
        Assert.Equal(expected, (await app.Get<SponsorshipService>().CompanyTotalsAsync(company.Id)).Money);
        Assert.Equal(expected, (await app.Get<DashboardService>().CsrAsync()).ThisYear);
        var sponsorships = await app.Get<SponsorshipService>().ListAsync(new SponsorshipQuery());
        Assert.Equal(151_200, sponsorships.Items.Sum(s => s.InvoicedAmount));
        var invoices = (await app.Get<InvoiceService>().ListAsync(new InvoiceQuery())).Items.Where(i => i.Status != InvoiceStatus.Batal).ToList();
        Assert.Equal((151_200L, 151_200L), (invoices.Sum(i => i.Total), invoices.Sum(i => i.PaidAmount)));

        var statements = app.Get<CsrStatementService>();
        var statement = await statements.GetAsync(company.Id, 2026);
        Assert.Equal((3, 18, 151_200L, 151_200L), (statement.Workers, statement.WorkerMonths, statement.Invoiced, statement.Paid));
        var pdf = Regex.Replace(string.Join(' ', PdfTestFiles.PageTexts((await statements.PdfAsync(company.Id, 2026)).Content)), @"\s+", " ");
        Assert.Contains("Iuran ditagihkan Rp 151.200", pdf, StringComparison.Ordinal);
        Assert.Contains("Iuran dibayar Rp 151.200", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("302.400", pdf, StringComparison.Ordinal);
        using (var workbook = new XLWorkbook(new MemoryStream((await statements.ExcelAsync(company.Id, 2026)).Content)))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal(("Iuran ditagihkan (Rp)", 151_200L), (sheet.Cell("A10").GetString(), (long)sheet.Cell("D10").GetDouble()));
            Assert.Equal(("Iuran dibayar (Rp)", 151_200L), (sheet.Cell("A11").GetString(), (long)sheet.Cell("D11").GetDouble()));
            Assert.Equal((151_200L, 151_200L), ((long)sheet.Cell("G14").GetDouble(), (long)sheet.Cell("H14").GetDouble()));
        }

        app.ActAs(Roles.Disnakerind);
        Assert.Equal(expected, (await app.Get<DashboardService>().DisnakerindAsync()).Money);
    }

    [Fact]
    public async Task Sponsorships_not_yet_billed_count_at_their_estimate_and_billed_ones_at_the_invoice_amount()
    {
        var company = await app.CompanyAsync("PT Dua Angka");
        var first = await app.AdoptedAsync(company, workers: 2);
        await SwitchCsrDiscountOnAsync();
        var second = await app.AdoptedAsync(company, workers: 1);
        await IssueAsync(company, first.SponsorshipIds);

        app.ActAsCsrOf(company);
        var totals = await app.Get<SponsorshipService>().CompanyTotalsAsync(company.Id);

        // The pending one was estimated with the discount already on; the billed two were estimated without it.
        Assert.Equal(new MoneyFigures(second.EstimatedTotal, 100_800, 0), totals.Money);
        Assert.Equal(50_400, second.EstimatedTotal);
        Assert.Equal(151_200, totals.Money.Committed);
        var rows = (await app.Get<SponsorshipService>().ListAsync(new SponsorshipQuery())).Items;
        Assert.Equal([null, 50_400, 50_400], rows.Select(r => r.InvoicedAmount).Order());
    }

    [Fact]
    public async Task The_Csr_year_summary_counts_workers_months_and_money_by_the_months_inside_the_year()
    {
        var company = await app.CompanyAsync("PT Pergantian Tahun");
        await SwitchCsrDiscountOnAsync();
        // December 2026 at the PP 50/2025 rate (Rp 8.400), January–May 2027 at the full Rp 16.800.
        var across = await app.AdoptedAsync(company, workers: 1, start: new YearMonth(2026, 12));
        Assert.Equal(92_400, across.EstimatedTotal);
        await app.AdoptedAsync(company, workers: 1, start: new YearMonth(2027, 1));

        app.ActAsCsrOf(company);
        var d = await app.Get<DashboardService>().CsrAsync();

        Assert.Equal((2026, 1, 1), (d.Year, d.MyWorkers, d.WorkerMonths));
        Assert.Equal(new MoneyFigures(8_400, 0, 0), d.ThisYear);

        // Billed and paid: the same split, now of the frozen amount and of the payment.
        var invoiceId = await IssueAsync(company, across.SponsorshipIds);
        await PayAsync(invoiceId, 92_400, June10, "TRX-LINTAS");
        app.ActAsCsrOf(company);
        Assert.Equal(new MoneyFigures(0, 8_400, 8_400), (await app.Get<DashboardService>().CsrAsync()).ThisYear);
        app.Clock.SetWitaDate(new DateOnly(2027, 1, 4));
        var next = await app.Get<DashboardService>().CsrAsync();
        Assert.Equal((2, 11), (next.MyWorkers, next.WorkerMonths));
        Assert.Equal(new MoneyFigures(100_800, 84_000, 84_000), next.ThisYear);
    }

    [Fact]
    public async Task The_adoption_preview_counts_the_new_years_months_of_a_sponsorship_started_the_year_before()
    {
        var company = await app.InsertAsync(new CompanyBuilder().Named("PT Anggaran Lintas").WithBudget(1_000_000).Build());
        await app.AdoptedAsync(company, workers: 1, start: new YearMonth(2026, 12));
        var worker = await app.VerifiedWorkerAsync();
        app.ActAsCsrOf(company);

        var preview = await app.Get<AdoptionService>().PreviewCostAsync(new CostRequest([worker], new AdoptionTerms(false, new YearMonth(2027, 1), 1)));

        // January–May 2027 of the December–May sponsorship, 5 × Rp 16.800.
        var year = Assert.Single(preview.Budget);
        Assert.Equal(new BudgetYear(2027, 1_000_000, 84_000, 16_800), year);
        Assert.Equal(916_000, year.Remaining);
        Assert.False(preview.ExceedsBudget);

        // An adoption across the new year is weighed against both years.
        var across = await app.Get<AdoptionService>().PreviewCostAsync(new CostRequest([worker], new AdoptionTerms(false, new YearMonth(2026, 11), 3)));
        Assert.Equal([new BudgetYear(2026, 1_000_000, 16_800, 33_600), new BudgetYear(2027, 1_000_000, 84_000, 16_800)], across.Budget);
    }

    [Fact]
    public async Task A_statement_counts_a_sponsorship_across_the_new_year_in_each_year_by_its_months_and_says_so()
    {
        var company = await app.CompanyAsync("PT Nov Apr");
        await SwitchCsrDiscountOnAsync();
        var adoption = await app.AdoptedAsync(company, workers: 1, start: new YearMonth(2026, 11));
        var invoiceId = await IssueAsync(company, adoption.SponsorshipIds);
        // 2 × Rp 8.400 in 2026, 4 × Rp 16.800 in 2027.
        Assert.Equal(84_000, (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row.Total);
        await PayAsync(invoiceId, 42_000, June10, "TRX-SEBAGIAN");

        app.ActAsCsrOf(company);
        var statements = app.Get<CsrStatementService>();
        var y2026 = await statements.GetAsync(company.Id, 2026);
        var y2027 = await statements.GetAsync(company.Id, 2027);

        // Half the invoice is paid: half of each year's share, whatever the payment date.
        Assert.Equal((1, 2, 16_800L, 8_400L), (y2026.Workers, y2026.WorkerMonths, y2026.Invoiced, y2026.Paid));
        Assert.Equal((1, 4, 67_200L, 33_600L), (y2027.Workers, y2027.WorkerMonths, y2027.Invoiced, y2027.Paid));
        Assert.Equal((16_800L, 8_400L), (y2026.Desa.Single().Invoiced, y2026.Desa.Single().Paid));

        var pdf = Regex.Replace(string.Join(' ', PdfTestFiles.PageTexts((await statements.PdfAsync(company.Id, 2026)).Content)), @"\s+", " ");
        Assert.Contains("Semua angka dihitung per bulan kepesertaan yang jatuh pada Januari–Desember 2026", pdf, StringComparison.Ordinal);
        Assert.Contains("Bulan-peserta dalam tahun 2026 2", pdf, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream((await statements.ExcelAsync(company.Id, 2026)).Content));
        Assert.StartsWith("Dasar perhitungan: Semua angka dihitung per bulan kepesertaan yang jatuh pada Januari–Desember 2026",
            workbook.Worksheet(1).Cell("A5").GetString(), StringComparison.Ordinal);
    }

    private async Task SwitchCsrDiscountOnAsync()
    {
        var caller = app.CurrentUser.Caller;
        app.ActAsAdmin();
        await app.Get<RateService>().SetCsrDiscountAsync(true);
        app.CurrentUser.Caller = caller;
    }

    private async Task<int> IssueAsync(Company company, IReadOnlyList<int> sponsorshipIds)
    {
        app.ActAsDisnakerind();
        var invoices = app.Get<InvoiceService>();
        var id = await invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, sponsorshipIds));
        await invoices.IssueAsync(id, (await invoices.GetAsync(id)).Version);
        return id;
    }

    private async Task PayAsync(int invoiceId, long amount, DateOnly paidOn, string reference)
    {
        var today = Wita.Today(app.Clock);
        app.Clock.SetWitaDate(paidOn);
        app.ActAsKeuangan();
        await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(paidOn, amount, PaymentMethod.TransferBpjs, reference));
        app.Clock.SetWitaDate(today);
    }
}
