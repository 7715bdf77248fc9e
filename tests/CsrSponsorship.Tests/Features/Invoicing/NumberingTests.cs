using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Numbering;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Invoicing;

// The serial restarts every year (domain brief), so a number is unique only together with its year.
public sealed class NumberingTests : IAsyncLifetime
{
    private TestApp app = default!;

    private NumberingService Numbering => app.Get<NumberingService>();

    private InvoiceService Invoices => app.Get<InvoiceService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData(DocumentTypes.Invoice, "900.1/{urut:000}/Disnakerind/{bulan_romawi}")]
    [InlineData(DocumentTypes.Receipt, "900.1/KW/{urut:000}/Disnakerind")]
    [InlineData(DocumentTypes.CircularLetter, "500.15.10/{urut}/Disnakerind/2026")]
    public async Task A_number_template_without_the_year_is_refused_because_the_serial_restarts_every_year(string type, string template)
    {
        app.ActAsAdmin();
        var row = (await Numbering.ListTemplatesAsync()).Single(t => t.DocumentType == type);

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            Numbering.UpdateTemplateAsync(type, new NumberTemplateChange(template, row.Code, row.Unit), row.Version));

        Assert.Contains("{tahun}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("setiap tahun", ex.Message, StringComparison.Ordinal);
        Assert.Equal(row.Template, (await Numbering.ListTemplatesAsync()).Single(t => t.DocumentType == type).Template);
    }

    [Fact]
    public async Task A_template_stored_without_the_year_stops_issuing_with_an_Indonesian_message_and_the_Admin_can_still_fix_it()
    {
        await using (var db = await app.DbAsync())
        {
            // As saved by a version that did not check the year yet.
            var legacy = "900.1/{urut:000}/Disnakerind";
            await db.Database.ExecuteSqlAsync($"UPDATE \"DocumentNumberTemplates\" SET \"Template\" = {legacy} WHERE \"DocumentType\" = 'Invoice'");
        }

        var company = await app.CompanyAsync("PT Tanpa Tahun");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));

        var ex = await Assert.ThrowsAsync<DomainException>(async () => await Invoices.IssueAsync(id, (await Invoices.GetAsync(id)).Version));

        Assert.Contains("{tahun}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.Draf, (await Invoices.GetAsync(id)).Row.Status);
        app.ActAsAdmin();
        var row = (await Numbering.ListTemplatesAsync()).Single(t => t.DocumentType == DocumentTypes.Invoice);
        Assert.Contains("{tahun}", row.Example, StringComparison.Ordinal);
        await Numbering.UpdateTemplateAsync(DocumentTypes.Invoice, new NumberTemplateChange("900.1/{urut:000}/Disnakerind/{tahun}", row.Code, row.Unit), row.Version);
        app.ActAsDisnakerind();
        Assert.Equal("900.1/001/Disnakerind/2026", await Invoices.IssueAsync(id, (await Invoices.GetAsync(id)).Version));
    }

    [Fact]
    public async Task A_number_already_taken_by_another_invoice_is_refused_in_Indonesian_not_with_a_database_error()
    {
        app.ActAsAdmin();
        var row = (await Numbering.ListTemplatesAsync()).Single(t => t.DocumentType == DocumentTypes.Invoice);
        await Numbering.UpdateTemplateAsync(DocumentTypes.Invoice, new NumberTemplateChange("900.1/{urut}1/{tahun}", row.Code, row.Unit), row.Version);
        var first = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Pertama"), workers: 1);
        Assert.Equal("900.1/11/2026", (await Invoices.GetAsync(first)).Row.Number);
        app.ActAsAdmin();
        row = (await Numbering.ListTemplatesAsync()).Single(t => t.DocumentType == DocumentTypes.Invoice);
        await Numbering.UpdateTemplateAsync(DocumentTypes.Invoice, new NumberTemplateChange("900.1/{urut}/{tahun}", row.Code, row.Unit), row.Version);
        await using (var db = await app.DbAsync())
        {
            // Ten more invoices of 2026 were issued in between.
            await db.Database.ExecuteSqlRawAsync("UPDATE \"NumberSequences\" SET \"LastSerial\" = 10 WHERE \"DocumentType\" = 'Invoice' AND \"Year\" = 2026");
        }

        var company = await app.CompanyAsync("PT Kedua");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));

        var ex = await Assert.ThrowsAsync<DomainException>(async () => await Invoices.IssueAsync(id, (await Invoices.GetAsync(id)).Version));

        Assert.Contains("900.1/11/2026 sudah dipakai", ex.Message, StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.Draf, (await Invoices.GetAsync(id)).Row.Status);
    }
}
