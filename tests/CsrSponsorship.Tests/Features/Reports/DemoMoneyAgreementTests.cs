using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Data.Seeding;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Demo;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Tests.Features.Reports;

// The acceptance walk of issue 15 on the demo data: the CSR discount is switched on, the demo company's pending
// batch is billed and paid, one older invoice half paid; then the company page, the statements (model, PDF and
// Excel), the dashboards, the invoice list and the sponsorship export must agree to the rupiah.
public sealed class DemoMoneyAgreementTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        // The demo is seeded relative to "today": a fixed day (after the seed's last consent date) makes it the same
        // demo on every run. Its September and December 2026 batches run into 2027; December 2026 is inside both
        // PP 50/2025 windows, so the discount lowers the pending batch's bill.
        app.Clock.SetWitaDate(Today);
        await using var scope = app.Services.CreateAsyncScope();
        await DemoSeeder.SeedAsync(
            scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
            new DemoOptions().Password, app.Get<IOptions<WorkerRulesOptions>>().Value, app.Clock);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task On_the_demo_data_after_a_discount_the_company_page_statements_dashboards_invoice_list_and_export_agree()
    {
        int companyId;
        await using (var db = await app.DbAsync())
        {
            companyId = (await db.Users.SingleAsync(u => u.Email == "csr@demo.local")).CompanyId!.Value;
        }

        app.ActAsAdmin();
        await app.Get<RateService>().SetCsrDiscountAsync(true);
        app.ActAsDisnakerind();
        var pendingEstimate = (await app.Get<InvoiceService>().ListBillableAsync(companyId)).Sum(s => s.EstimatedTotal);
        var billedNow = await app.Get<InvoiceService>().IssueAllForCompanyAsync(companyId, null);
        var billedNowTotal = (await app.Get<InvoiceService>().GetAsync(billedNow)).Row.Total;
        Assert.True(billedNowTotal < pendingEstimate, $"The discount should lower the bill: {billedNowTotal} vs estimate {pendingEstimate}.");
        app.ActAsKeuangan();
        var payments = app.Get<PaymentService>();
        await payments.RecordAsync(billedNow, new PaymentInput(Today, billedNowTotal, PaymentMethod.TransferBpjs, "DEMO-LUNAS"));
        var open = (await app.Get<InvoiceService>().ListAsync(new InvoiceQuery(CompanyId: companyId, Status: InvoiceStatus.Terbit))).Items[0];
        await payments.RecordAsync(open.Id, new PaymentInput(Today, open.Total / 2, PaymentMethod.TransferBpjs, "DEMO-SEBAGIAN"));

        app.ActAs(Roles.Csr, companyId, "csr-demo");
        var money = (await app.Get<SponsorshipService>().CompanyTotalsAsync(companyId)).Money;
        Assert.Equal(0, money.Estimated);

        // The invoice list, as the company sees it.
        var invoices = (await app.Get<InvoiceService>().ListAsync(new InvoiceQuery(Page: new PageRequest(0, 100)))).Items.Where(i => i.Status != InvoiceStatus.Batal).ToList();
        Assert.Equal((money.Invoiced, money.Paid), (invoices.Sum(i => i.Total), invoices.Sum(i => i.PaidAmount)));

        // The statements of every year the invoices cover add up to the same rupiah; this year's is the dashboard's.
        var statements = app.Get<CsrStatementService>();
        var years = Enumerable.Range(invoices.Min(i => i.Period.Start.Year), invoices.Max(i => i.Period.End.Year) - invoices.Min(i => i.Period.Start.Year) + 1).ToList();
        Assert.True(years.Count >= 2, "The demo should have coverage across a new year.");
        var perYear = new List<CsrStatement>();
        foreach (var year in years)
        {
            perYear.Add(await statements.GetAsync(companyId, year));
        }

        Assert.Equal((money.Invoiced, money.Paid), (perYear.Sum(s => s.Invoiced), perYear.Sum(s => s.Paid)));
        var thisYear = perYear.Single(s => s.Year == 2026);
        Assert.Equal(new MoneyFigures(0, thisYear.Invoiced, thisYear.Paid), (await app.Get<DashboardService>().CsrAsync()).ThisYear);
        Assert.All(perYear, s => Assert.Equal((s.Invoiced, s.Paid), (s.Desa.Sum(d => d.Invoiced), s.Desa.Sum(d => d.Paid))));

        var pdf = Regex.Replace(string.Join(' ', PdfTestFiles.PageTexts((await statements.PdfAsync(companyId, 2026)).Content)), @"\s+", " ");
        Assert.Contains("Iuran ditagihkan " + IndonesianFormat.Rupiah(thisYear.Invoiced), pdf, StringComparison.Ordinal);
        Assert.Contains("Iuran dibayar " + IndonesianFormat.Rupiah(thisYear.Paid), pdf, StringComparison.Ordinal);
        using (var workbook = new XLWorkbook(new MemoryStream((await statements.ExcelAsync(companyId, 2026)).Content)))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal((thisYear.Invoiced, thisYear.Paid), ((long)sheet.Cell("D10").GetDouble(), (long)sheet.Cell("D11").GetDouble()));
        }

        // The sponsorship export's "Ditagihkan (Rp)" total is the company page's figure.
        using (var export = new XLWorkbook(new MemoryStream((await app.Get<ExportService>().SponsorshipsAsync(new SponsorshipQuery())).Content)))
        {
            var sheet = export.Worksheet(1);
            var column = sheet.Row(7).CellsUsed().Single(c => c.GetString() == "Ditagihkan (Rp)").Address.ColumnNumber;
            var total = sheet.Column(column).CellsUsed().Last();
            Assert.Equal(money.Invoiced, (long)total.GetDouble());
        }

        // Programme-wide: the Disnakerind dashboard is the sum of the companies, and of the office's invoice list.
        app.ActAs(Roles.Disnakerind);
        var all = (await app.Get<InvoiceService>().ListAsync(new InvoiceQuery(Page: new PageRequest(0, 500)))).Items
            .Where(i => i.Status is not InvoiceStatus.Batal and not InvoiceStatus.Draf).ToList();
        var programme = (await app.Get<DashboardService>().DisnakerindAsync()).Money;
        Assert.Equal((all.Sum(i => i.Total), all.Sum(i => i.PaidAmount)), (programme.Invoiced, programme.Paid));
    }
}
