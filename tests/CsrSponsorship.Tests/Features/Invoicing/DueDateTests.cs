using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Invoicing;

// BPJS TK needs month M's contribution by the 15th of M: an invoice is due by the 15th of its first covered month,
// whether the date was typed or defaulted.
public sealed class DueDateTests : IAsyncLifetime
{
    private TestApp app = default!;

    private InvoiceService Invoices => app.Get<InvoiceService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_typed_due_date_after_the_15th_of_the_first_covered_month_is_refused()
    {
        var company = await app.CompanyAsync("PT Jatuh Tempo Akhir");
        var adoption = await app.AdoptedAsync(company, workers: 2);
        app.ActAsDisnakerind();

        var drafting = await Assert.ThrowsAsync<DomainException>(() =>
            Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds, new DateOnly(2026, 12, 31))));
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds, new DateOnly(2026, 7, 15)));
        var editing = await Assert.ThrowsAsync<DomainException>(async () =>
            await Invoices.UpdateDraftAsync(id, new DateOnly(2026, 7, 16), null, (await Invoices.GetAsync(id)).Version));

        Assert.Equal(
            "Tanggal jatuh tempo 31 Desember 2026 terlalu lambat: iuran Juli 2026 harus sudah dibayar ke BPJS Ketenagakerjaan paling lambat 15 Juli 2026. Pilih tanggal 15 Juli 2026 atau sebelumnya.",
            drafting.Message);
        Assert.Contains("16 Juli 2026 terlalu lambat", editing.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 7, 15), (await Invoices.GetAsync(id)).Row.DueDate);
    }

    [Fact]
    public async Task Tagih_semua_with_a_typed_due_date_follows_the_same_rule()
    {
        var company = await app.CompanyAsync("PT Tagih Semua");
        await app.AdoptedAsync(company, workers: 1, start: new YearMonth(2026, 8));
        await app.AdoptedAsync(company, workers: 1, start: new YearMonth(2026, 7));
        app.ActAsDisnakerind();

        // The earliest covered month (July) decides, not the later one.
        var ex = await Assert.ThrowsAsync<DomainException>(() => Invoices.IssueAllForCompanyAsync(company.Id, new DateOnly(2026, 8, 10)));

        Assert.Contains("paling lambat 15 Juli 2026", ex.Message, StringComparison.Ordinal);
        var id = await Invoices.IssueAllForCompanyAsync(company.Id, new DateOnly(2026, 7, 15));
        Assert.Equal(new DateOnly(2026, 7, 15), (await Invoices.GetAsync(id)).Row.DueDate);
    }
}
