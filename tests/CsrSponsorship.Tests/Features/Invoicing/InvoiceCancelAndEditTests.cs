using System.Text.Json;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Invoicing;

// Issue 18: cancelling says (and does) what the officer chose; a draft can lose a worker before it is issued.
public sealed class InvoiceCancelAndEditTests : IAsyncLifetime
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
    public async Task Cancelling_an_issued_invoice_with_its_sponsorships_kept_returns_them_to_Diajukan_ready_for_another_invoice()
    {
        var company = await app.CompanyAsync("PT Tetap Diajukan");
        var id = await app.IssuedInvoiceAsync(company, workers: 3);

        await Invoices.CancelAsync(id, "Salah jatuh tempo", SponsorshipsOnCancel.BackToDiajukan, (await Invoices.GetAsync(id)).Version);

        await using var db = await app.DbAsync();
        Assert.All(await db.Sponsorships.ToListAsync(), s => Assert.Equal(SponsorshipStatus.Diajukan, s.Status));
        Assert.Equal(3 * 6, await db.CoverageMonths.CountAsync());
        Assert.Equal(InvoiceStatus.Batal, (await Invoices.GetAsync(id)).Row.Status);
        var billable = await Invoices.ListBillableAsync(company.Id);
        Assert.Equal(3, billable.Count);
        var again = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, [.. billable.Select(b => b.Id)]));
        Assert.Equal("900.1/002/Disnakerind/VI/2026", await Invoices.IssueAsync(again, (await Invoices.GetAsync(again)).Version));
        Assert.Equal("Diajukan", (await CancelRecordAsync(id)).GetProperty("SponsorshipsBecome").GetString());
    }

    [Fact]
    public async Task Cancelling_an_issued_invoice_with_its_sponsorships_cancelled_frees_their_months_and_the_log_says_so()
    {
        var id = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Ikut Batal"), workers: 2);

        await Invoices.CancelAsync(id, "Perusahaan mundur", SponsorshipsOnCancel.Cancelled, (await Invoices.GetAsync(id)).Version);

        await using var db = await app.DbAsync();
        Assert.All(await db.Sponsorships.ToListAsync(), s => Assert.Equal(SponsorshipStatus.Batal, s.Status));
        Assert.Equal(0, await db.CoverageMonths.CountAsync());
        var record = await CancelRecordAsync(id);
        Assert.Equal("Batal", record.GetProperty("SponsorshipsBecome").GetString());
        Assert.True(record.GetProperty("WasIssued").GetBoolean());
        Assert.Equal(2, record.GetProperty("SponsorshipIds").GetArrayLength());
    }

    [Fact]
    public async Task A_draft_cannot_take_its_sponsorships_down_with_it_and_nothing_is_saved_when_refused()
    {
        var company = await app.CompanyAsync("PT Draf Saja");
        var adoption = await app.AdoptedAsync(company, workers: 2);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));

        var version = (await Invoices.GetAsync(id)).Version;
        var ex = await Assert.ThrowsAsync<DomainException>(() => Invoices.CancelAsync(id, "Salah", SponsorshipsOnCancel.Cancelled, version));
        Assert.Contains("tetap berstatus Diajukan", ex.Message, StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.Draf, (await Invoices.GetAsync(id)).Row.Status);

        await Invoices.CancelAsync(id, "Salah pilih", SponsorshipsOnCancel.BackToDiajukan, (await Invoices.GetAsync(id)).Version);
        Assert.Equal(2, (await Invoices.ListBillableAsync(company.Id)).Count);
        Assert.False((await CancelRecordAsync(id)).GetProperty("WasIssued").GetBoolean());
    }

    [Fact]
    public async Task Removing_a_worker_from_a_draft_prices_the_rest_again_and_the_worker_can_be_billed_again()
    {
        var company = await app.CompanyAsync("PT Kurangi Satu");
        var adoption = await app.AdoptedAsync(company, workers: 5);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));
        var leaving = (await Invoices.GetAsync(id)).Workers[0];

        await Invoices.RemoveDraftWorkerAsync(id, leaving.SponsorshipId, (await Invoices.GetAsync(id)).Version);

        var draft = await Invoices.GetAsync(id);
        Assert.Equal(4, draft.Workers.Count);
        Assert.DoesNotContain(draft.Workers, w => w.SponsorshipId == leaving.SponsorshipId);
        Assert.Equal(4 * 6 * 16_800, draft.Row.Total);
        Assert.Equal(4 * 6 * 16_800, draft.Lines.Sum(l => l.Amount));
        Assert.Equal([leaving.SponsorshipId], (await Invoices.ListBillableAsync(company.Id)).Select(b => b.Id));
        await using var db = await app.DbAsync();
        Assert.Equal(SponsorshipStatus.Diajukan, (await db.Sponsorships.SingleAsync(s => s.Id == leaving.SponsorshipId)).Status);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.InvoiceWorkerRemoved && a.EntityId == key).ToListAsync());

        await Invoices.IssueAsync(id, draft.Version);
        Assert.Equal(4 * 6 * 16_800, (await Invoices.GetAsync(id)).Row.Total);
    }

    [Fact]
    public async Task The_last_worker_of_a_draft_is_not_removed_and_the_message_points_to_cancelling_the_draft()
    {
        var company = await app.CompanyAsync("PT Tinggal Satu");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));

        var version = (await Invoices.GetAsync(id)).Version;
        var ex = await Assert.ThrowsAsync<DomainException>(() => Invoices.RemoveDraftWorkerAsync(id, adoption.SponsorshipIds[0], version));

        Assert.Contains("satu-satunya pekerja", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Batalkan draf ini", ex.Message, StringComparison.Ordinal);
        Assert.Single((await Invoices.GetAsync(id)).Workers);
    }

    [Fact]
    public async Task An_issued_invoice_keeps_every_worker()
    {
        var id = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Sudah Terbit"), workers: 2);
        var issued = await Invoices.GetAsync(id);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Invoices.RemoveDraftWorkerAsync(id, issued.Workers[0].SponsorshipId, issued.Version));

        Assert.Contains("selama tagihan masih draf", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Invoices.GetAsync(id)).Workers.Count);
        Assert.False((await Invoices.GetAsync(id)).CanEditTerms);
    }

    [Fact]
    public async Task A_draft_whose_due_date_is_moved_past_the_15th_of_its_first_month_keeps_its_old_terms()
    {
        var company = await app.CompanyAsync("PT Ubah Tempo");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds, null, "SE lama"));
        var before = await Invoices.GetAsync(id);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Invoices.UpdateDraftAsync(id, new DateOnly(2026, 7, 16), "SE baru", before.Version));

        Assert.Contains("terlalu lambat", ex.Message, StringComparison.Ordinal);
        var after = await Invoices.GetAsync(id);
        Assert.Equal((before.Row.DueDate, "SE lama"), (after.Row.DueDate, after.LetterReference));
        await Invoices.UpdateDraftAsync(id, new DateOnly(2026, 7, 15), "SE baru", after.Version);
        Assert.Equal("SE baru", (await Invoices.GetAsync(id)).LetterReference);
    }

    private async Task<JsonElement> CancelRecordAsync(int invoiceId)
    {
        await using var db = await app.DbAsync();
        var key = invoiceId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.InvoiceCancelled && a.EntityId == key);
        Assert.Equal("Invoice", entry.EntityType);
        return JsonDocument.Parse(entry.After!).RootElement.Clone();
    }
}
