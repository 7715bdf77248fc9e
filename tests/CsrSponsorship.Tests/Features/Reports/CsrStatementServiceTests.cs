using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Reports;

public sealed class CsrStatementServiceTests : IAsyncLifetime
{
    private TestApp app = default!;
    private Core.Domain.Companies.Company company = default!;
    private long paid;

    private CsrStatementService Statements => app.Get<CsrStatementService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        company = await app.CompanyAsync("PT Peduli Laut");
        paid = await app.PaidAdoptionAsync(company, 3, new DateOnly(2026, 6, 10), "TRX-S");
        await app.AdoptedAsync(company, 2);
        app.ActAsCsrOf(company);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_statement_counts_billed_coverage_of_the_year_only()
    {
        var s = await Statements.GetAsync(company.Id, 2026);

        Assert.Equal((3, 18, paid, paid, 1), (s.Workers, s.WorkerMonths, s.Invoiced, s.Paid, s.DesaCovered));
        Assert.Equal(0, (await Statements.GetAsync(company.Id, 2025)).Workers);
    }

    [Fact]
    public async Task A_Csr_user_cannot_get_another_companys_statement()
    {
        var other = await app.CompanyAsync("PT Lain");
        await Assert.ThrowsAsync<NotFoundException>(() => Statements.GetAsync(other.Id, 2026));
        app.ActAs(Roles.Keuangan);
        Assert.Equal("PT Lain", (await Statements.GetAsync(other.Id, 2026)).CompanyName);
    }

    [Fact]
    public async Task Downloading_the_statement_is_audited_but_viewing_it_is_not()
    {
        await Statements.GetAsync(company.Id, 2026);
        await Statements.PdfAsync(company.Id, 2026);
        await Statements.ExcelAsync(company.Id, 2026);

        await using var db = await app.DbAsync();
        var exports = await db.AuditEntries.Where(a => a.Action == Core.Features.Audit.AuditService.Exported)
            .OrderBy(a => a.Id).Select(a => new { a.EntityType, a.EntityId, a.After }).ToListAsync();
        var id = company.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([("CsrStatement", id, "PDF tahun 2026"), ("CsrStatement", id, "Excel tahun 2026")], exports.Select(e => (e.EntityType, e.EntityId, e.After)));
    }

    [Fact]
    public async Task The_pdf_names_the_company_and_its_totals()
    {
        var pdf = await Statements.PdfAsync(company.Id, 2026);

        var text = Regex.Replace(string.Join(' ', PdfTestFiles.PageTexts(pdf.Content)), @"\s+", " ");
        Assert.Contains("PT Peduli Laut", text, StringComparison.Ordinal);
        Assert.Contains(IndonesianFormat.Rupiah(paid), text, StringComparison.Ordinal);
        Assert.Contains("3 orang", text, StringComparison.Ordinal);
        Assert.EndsWith("2026.pdf", pdf.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workbook_keeps_codes_as_text_and_sums_the_amounts()
    {
        var xlsx = await Statements.ExcelAsync(company.Id, 2026);

        using var workbook = new XLWorkbook(new MemoryStream(xlsx.Content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(XLDataType.Text, sheet.Cell(14, 2).DataType);
        Assert.Equal("63.01.02.2003", sheet.Cell(14, 2).GetString());
        Assert.Equal("SUM(G14:G14)", sheet.Cell(15, 7).FormulaA1);
        Assert.Equal(paid, (long)sheet.Cell(15, 7).GetDouble());
        Assert.Equal("SUM(H14:H14)", sheet.Cell(15, 8).FormulaA1);
        Assert.Equal(paid, (long)sheet.Cell(15, 8).GetDouble());
        Assert.Equal("#,##0", sheet.Cell(14, 7).Style.NumberFormat.Format);
    }
}
