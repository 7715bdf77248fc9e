using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Numbering;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CsrSponsorship.Tests.Features.Invoicing.InvoiceTestData;

namespace CsrSponsorship.Tests.Features.Invoicing;

public sealed class InvoiceServiceTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private TestApp app = default!;

    private InvoiceService Invoices => app.Get<InvoiceService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Five_workers_for_six_months_are_billed_JKK_Rp_300000_plus_JKM_Rp_204000_with_the_total_in_words()
    {
        var company = await app.CompanyAsync("PT Lima");
        var adoption = await app.AdoptedAsync(company);
        app.ActAsDisnakerind();

        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds, null, "SE 500.15.10/12/Disnakerind/2026"));
        var number = await Invoices.IssueAsync(id, (await Invoices.GetAsync(id)).Version);
        var invoice = await Invoices.GetAsync(id);

        Assert.Equal("900.1/001/Disnakerind/VI/2026", number);
        Assert.Equal(InvoiceStatus.Terbit, invoice.Row.Status);
        Assert.Equal(June1, invoice.Row.IssueDate);
        Assert.Collection(invoice.Lines,
            l => Assert.Equal((Programme.Jkk, 5, 30, 10_000L, 300_000L), (l.Programme, l.Participants, l.Months, l.UnitAmount, l.Amount)),
            l => Assert.Equal((Programme.Jkm, 5, 30, 6_800L, 204_000L), (l.Programme, l.Participants, l.Months, l.UnitAmount, l.Amount)));
        Assert.Equal(504_000, invoice.Row.Total);
        Assert.Equal("lima ratus empat ribu rupiah", invoice.TotalInWords);
        Assert.Equal("Juli–Desember 2026", invoice.Row.Period.ToDisplayString());
        Assert.Equal("SE 500.15.10/12/Disnakerind/2026", invoice.LetterReference);
        Assert.Equal(5, invoice.Workers.Count);
        Assert.All(invoice.Workers, w => Assert.Matches("^630102••••••[0-9]{4}$", w.MaskedNik));

        await using var db = await app.DbAsync();
        Assert.All(await db.Sponsorships.ToListAsync(), s => Assert.Equal(SponsorshipStatus.Ditagih, s.Status));
        Assert.NotNull((await db.RateVersions.SingleAsync()).LockedAtUtc);
    }

    [Fact]
    public async Task The_document_model_carries_everything_the_PDF_prints()
    {
        var company = await app.CompanyAsync("PT Dokumen");
        var id = await app.IssuedInvoiceAsync(company);

        var model = await Invoices.GetDocumentModelAsync(id);

        Assert.Equal("900.1/001/Disnakerind/VI/2026", model.Number);
        Assert.Equal(new DateOnly(2026, 6, 10), model.DueDate);
        Assert.Equal("PT Dokumen", model.CompanyName);
        Assert.Equal(company.Npwp, model.CompanyNpwp);
        Assert.Equal((July2026, new YearMonth(2026, 12)), (model.PeriodStart, model.PeriodEnd));
        Assert.Equal("lima ratus empat ribu rupiah", model.TotalInWords);
        Assert.Equal("Kepala Dinas Tenaga Kerja dan Perindustrian", model.Signer.Position);
        Assert.Equal("PEMERINTAH KABUPATEN TANAH LAUT", model.Letterhead.Regency);
        Assert.Contains("BPJS Ketenagakerjaan", model.PaymentInstructions, StringComparison.Ordinal);
        Assert.StartsWith("https://csr.tanahlaut.test/verifikasi/", model.VerificationUrl, StringComparison.Ordinal);
        Assert.Equal(504_000, model.Lines.Sum(l => l.Amount));
        Assert.Equal(5, model.Workers.Count);
    }

    [Fact]
    public async Task The_due_date_defaults_to_the_10th_of_the_month_before_the_first_covered_month()
    {
        var company = await app.CompanyAsync("PT Jatuh Tempo");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();

        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));

        Assert.Equal(new DateOnly(2026, 6, 10), (await Invoices.GetAsync(id)).Row.DueDate);
    }

    [Fact]
    public async Task A_due_date_in_the_past_is_refused_when_drafting_and_when_issuing()
    {
        var company = await app.CompanyAsync("PT Terlambat");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();

        var early = await Assert.ThrowsAsync<DomainException>(() =>
            Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds, new DateOnly(2026, 5, 31))));
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 11));
        var late = await Assert.ThrowsAsync<DomainException>(async () => await Invoices.IssueAsync(id, (await Invoices.GetAsync(id)).Version));

        Assert.Equal("Tanggal jatuh tempo 31 Mei 2026 sudah lewat. Pilih tanggal mulai hari ini (1 Juni 2026).", early.Message);
        Assert.Contains("10 Juni 2026 sudah lewat", late.Message, StringComparison.Ordinal);
        await Invoices.UpdateDraftAsync(id, new DateOnly(2026, 6, 20), null, (await Invoices.GetAsync(id)).Version);
        Assert.Equal("900.1/001/Disnakerind/VI/2026", await Invoices.IssueAsync(id, (await Invoices.GetAsync(id)).Version));
    }

    [Fact]
    public async Task Issued_amounts_are_frozen_and_the_rate_version_behind_them_is_locked()
    {
        var company = await app.CompanyAsync("PT Beku");
        var id = await app.IssuedInvoiceAsync(company);
        app.ActAsAdmin();
        var rates = app.Get<RateService>();
        var version = (await rates.ListAsync()).Single();

        var refused = await Assert.ThrowsAsync<DomainException>(() => rates.UpdateVersionAsync(
            version.Id, new RateTerms(version.ValidFrom, null, 200, 9_000, 200, 1_000_000, "uji"), version.Version));
        // A new regulation is a new version, from the first month no issued invoice priced (Jul–Dec 2026 are billed);
        // the issued invoice does not move.
        await rates.AddVersionAsync(new RateTerms(new YearMonth(2027, 1), null, 200, 9_000, 200, 1_000_000, "Peraturan baru"));
        app.ActAsDisnakerind();
        var invoice = await Invoices.GetAsync(id);

        Assert.Contains("sudah dipakai pada tagihan", refused.Message, StringComparison.Ordinal);
        Assert.Equal(504_000, invoice.Row.Total);
        Assert.Equal([300_000L, 204_000L], invoice.Lines.Select(l => l.Amount));
    }

    [Fact]
    public async Task The_CSR_discount_switch_adds_discount_lines_with_negative_amounts()
    {
        app.ActAsAdmin();
        await app.Get<RateService>().SetCsrDiscountAsync(true);
        var company = await app.CompanyAsync("PT Diskon");

        var invoice = await Invoices.GetAsync(await app.IssuedInvoiceAsync(company));

        Assert.Equal(252_000, invoice.Row.Total);
        Assert.Equal([300_000L, 204_000L, -150_000L, -102_000L], invoice.Lines.Select(l => l.Amount));
        Assert.Equal("Potongan iuran JKK 50% (PP 50/2025)", invoice.Lines[2].Description);
    }

    [Fact]
    public async Task A_number_is_allocated_only_inside_a_transaction_and_a_rolled_back_one_is_handed_out_again()
    {
        await using (var db = await app.DbAsync())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => DocumentNumbers.AllocateAsync(db, DocumentTypes.Invoice, June1, default));
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal("900.1/001/Disnakerind/VI/2026", await DocumentNumbers.AllocateAsync(db, DocumentTypes.Invoice, June1, default));
            await transaction.RollbackAsync();
        }

        var company = await app.CompanyAsync("PT Setelah Rollback");
        var id = await app.IssuedInvoiceAsync(company, workers: 1);
        Assert.Equal("900.1/001/Disnakerind/VI/2026", (await Invoices.GetAsync(id)).Row.Number);
    }

    [Fact]
    public async Task A_cancelled_number_is_never_reused()
    {
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await app.IssuedInvoiceAsync(await app.CompanyAsync($"PT Nomor {i}"), workers: 1));
        }

        await Invoices.CancelAsync(ids[2], "Perusahaan membatalkan komitmen", SponsorshipsOnCancel.Cancelled, (await Invoices.GetAsync(ids[2])).Version);
        var next = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Nomor Berikut"), workers: 1);

        Assert.Equal("900.1/003/Disnakerind/VI/2026", (await Invoices.GetAsync(ids[2])).Row.Number);
        Assert.Equal(InvoiceStatus.Batal, (await Invoices.GetAsync(ids[2])).Row.Status);
        Assert.Equal("900.1/004/Disnakerind/VI/2026", (await Invoices.GetAsync(next)).Row.Number);
    }

    [Fact]
    public async Task The_serial_starts_again_at_1_in_a_new_year()
    {
        var december = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Desember"), workers: 1);
        var january = await app.CompanyAsync("PT Januari");
        await app.AdoptedAsync(january, workers: 1, start: new YearMonth(2027, 3), months: 3);
        app.Clock.SetWitaDate(new DateOnly(2027, 1, 4));
        app.ActAsDisnakerind();

        var id = await Invoices.IssueAllForCompanyAsync(january.Id, null);

        Assert.Equal("900.1/001/Disnakerind/VI/2026", (await Invoices.GetAsync(december)).Row.Number);
        Assert.Equal("900.1/001/Disnakerind/I/2027", (await Invoices.GetAsync(id)).Row.Number);
        Assert.Equal(new DateOnly(2027, 2, 10), (await Invoices.GetAsync(id)).Row.DueDate);
    }

    [Fact]
    public async Task Issuing_all_for_a_company_puts_every_pending_sponsorship_on_one_invoice()
    {
        var company = await app.CompanyAsync("PT Semua");
        await app.AdoptedAsync(company, workers: 2);
        await app.AdoptedAsync(company, workers: 3, start: new YearMonth(2026, 8), months: 3);
        app.ActAsDisnakerind();

        var id = await Invoices.IssueAllForCompanyAsync(company.Id, null);
        var invoice = await Invoices.GetAsync(id);

        Assert.Equal(5, invoice.Workers.Count);
        Assert.Equal((2 * 6 + 3 * 3) * 16_800, invoice.Row.Total);
        Assert.Equal("Juli–Desember 2026", invoice.Row.Period.ToDisplayString());
        var again = await Assert.ThrowsAsync<DomainException>(() => Invoices.IssueAllForCompanyAsync(company.Id, null));
        Assert.Contains("Tidak ada kepesertaan", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sponsorship_goes_on_one_live_invoice_of_its_own_company_only()
    {
        var company = await app.CompanyAsync("PT Satu");
        var other = await app.CompanyAsync("PT Lain");
        var adoption = await app.AdoptedAsync(company, workers: 2);
        app.ActAsDisnakerind();
        var first = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));

        var twice = await Assert.ThrowsAsync<DomainException>(() => Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds)));
        var foreign = await Assert.ThrowsAsync<DomainException>(() => Invoices.CreateDraftAsync(new InvoiceDraftRequest(other.Id, adoption.SponsorshipIds)));
        Assert.Contains("sudah masuk tagihan lain", twice.Message, StringComparison.Ordinal);
        Assert.Contains("satu perusahaan", foreign.Message, StringComparison.Ordinal);

        // Cancelling the draft lets the same sponsorships be billed again; they stay Diajukan.
        await Invoices.CancelAsync(first, "Salah pilih", SponsorshipsOnCancel.BackToDiajukan, (await Invoices.GetAsync(first)).Version);
        Assert.Equal(2, (await Invoices.ListBillableAsync(company.Id)).Count);
        await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));
    }

    [Fact]
    public async Task Cancelling_an_issued_invoice_releases_the_months_for_another_company()
    {
        var first = await app.CompanyAsync("PT Batal");
        var second = await app.CompanyAsync("PT Pengganti");
        var adoption = await app.AdoptedAsync(first, workers: 2);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(first.Id, adoption.SponsorshipIds));
        await Invoices.IssueAsync(id, (await Invoices.GetAsync(id)).Version);

        await Invoices.CancelAsync(id, "Perusahaan tidak jadi membiayai", SponsorshipsOnCancel.Cancelled, (await Invoices.GetAsync(id)).Version);

        await using var db = await app.DbAsync();
        var workerIds = await db.Sponsorships.Where(s => adoption.SponsorshipIds.Contains(s.Id)).Select(s => s.WorkerId).ToListAsync();
        Assert.All(await db.Sponsorships.ToListAsync(), s => Assert.Equal(SponsorshipStatus.Batal, s.Status));
        Assert.Equal(0, await db.CoverageMonths.CountAsync());
        app.ActAsCsrOf(second);
        var adopted = await app.Get<AdoptionService>().SubmitAsync(new AdoptionRequest(workerIds, new AdoptionTerms(false, July2026, 6)));
        Assert.Equal(2, adopted.SponsorshipIds.Count);
    }

    [Fact]
    public async Task An_invoice_with_a_payment_cannot_be_cancelled()
    {
        var id = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Sudah Bayar"));
        app.ActAsKeuangan();
        await app.Get<PaymentService>().RecordAsync(id, new PaymentInput(June1, 100_000, PaymentMethod.TransferBpjs, "TRX-1"));
        app.ActAsDisnakerind();

        var ex = await Assert.ThrowsAsync<DomainException>(async () => await Invoices.CancelAsync(id, "Keliru", SponsorshipsOnCancel.BackToDiajukan, (await Invoices.GetAsync(id)).Version));

        Assert.Contains("sudah ada pembayarannya", ex.Message, StringComparison.Ordinal);
        Assert.False((await Invoices.GetAsync(id)).CanCancel);
    }

    [Fact]
    public async Task A_stale_version_on_issue_or_cancel_is_a_conflict_not_a_lost_update()
    {
        var company = await app.CompanyAsync("PT Dua Orang");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();
        var id = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));
        var seenByBoth = (await Invoices.GetAsync(id)).Version;

        await Invoices.UpdateDraftAsync(id, new DateOnly(2026, 6, 15), "SE 1", seenByBoth);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Invoices.IssueAsync(id, seenByBoth));
        var current = (await Invoices.GetAsync(id)).Version;
        await Invoices.IssueAsync(id, current);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Invoices.CancelAsync(id, "Batal", SponsorshipsOnCancel.BackToDiajukan, current));

        var invoice = await Invoices.GetAsync(id);
        Assert.Equal(InvoiceStatus.Terbit, invoice.Row.Status);
        Assert.Equal(new DateOnly(2026, 6, 15), invoice.Row.DueDate);
        // The refused attempt spent no number.
        Assert.Equal("900.1/001/Disnakerind/VI/2026", invoice.Row.Number);
    }

    [Fact]
    public async Task A_company_sees_only_its_own_issued_invoices()
    {
        var mine = await app.CompanyAsync("PT Milik Sendiri");
        var theirs = await app.CompanyAsync("PT Milik Lain");
        var own = await app.IssuedInvoiceAsync(mine, workers: 1);
        var foreign = await app.IssuedInvoiceAsync(theirs, workers: 1);
        var adoption = await app.AdoptedAsync(mine, workers: 1, start: new YearMonth(2026, 9), months: 3);
        app.ActAsDisnakerind();
        var draft = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(mine.Id, adoption.SponsorshipIds));

        app.ActAsCsrOf(mine);

        Assert.Equal(own, (await Invoices.GetAsync(own)).Row.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => Invoices.GetAsync(foreign));
        await Assert.ThrowsAsync<NotFoundException>(() => Invoices.GetDocumentModelAsync(foreign));
        await Assert.ThrowsAsync<NotFoundException>(() => Invoices.GetAsync(draft));
        var list = await Invoices.ListAsync(new InvoiceQuery(CompanyId: theirs.Id));
        Assert.Equal([own], list.Items.Select(r => r.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Invoices.IssueAsync(draft, Guid.Empty));
        app.ActAs(Roles.Loket);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Invoices.ListAsync(new InvoiceQuery()));
    }

    [Fact]
    public async Task The_list_filters_by_status_year_overdue_and_number_or_company()
    {
        var a = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Alfa Tambang"), workers: 1);
        var b = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Beta Sawit"), workers: 1, dueDate: new DateOnly(2026, 6, 25));
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 11));
        app.ActAs(Roles.Keuangan);

        var overdue = await Invoices.ListAsync(new InvoiceQuery(OverdueOnly: true));
        var byCompany = await Invoices.ListAsync(new InvoiceQuery(Search: "sawit"));
        var byNumber = await Invoices.ListAsync(new InvoiceQuery(Search: "/001/"));
        var nextYear = await Invoices.ListAsync(new InvoiceQuery(PeriodYear: 2027));
        var all = await Invoices.ListAsync(new InvoiceQuery(Status: InvoiceStatus.Terbit));

        Assert.Equal([a], overdue.Items.Select(r => r.Id));
        Assert.True(overdue.Items[0].IsOverdue);
        Assert.Equal([b], byCompany.Items.Select(r => r.Id));
        Assert.False(byCompany.Items[0].IsOverdue);
        Assert.Equal([a], byNumber.Items.Select(r => r.Id));
        Assert.Empty(nextYear.Items);
        Assert.Equal(2, all.TotalCount);
    }

    [Fact]
    public async Task The_totals_bill_only_issued_invoices_and_equal_the_exports_total_row()
    {
        var paid = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Sebagian"), workers: 2);
        var cancelled = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Batal"), workers: 1);
        await Invoices.CancelAsync(cancelled, "Tidak jadi", SponsorshipsOnCancel.Cancelled, (await Invoices.GetAsync(cancelled)).Version);
        var draftCompany = await app.CompanyAsync("PT Draf");
        var adoption = await app.AdoptedAsync(draftCompany, workers: 3);
        app.ActAsDisnakerind();
        var draft = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(draftCompany.Id, adoption.SponsorshipIds));
        app.ActAsKeuangan();
        await app.Get<PaymentService>().RecordAsync(paid, new PaymentInput(June1, 100_000, PaymentMethod.TransferBpjs, "TRX-T"));
        var (p, c, d) = ((await Invoices.GetAsync(paid)).Row, (await Invoices.GetAsync(cancelled)).Row, (await Invoices.GetAsync(draft)).Row);

        var totals = await Invoices.TotalsAsync(new InvoiceQuery(Page: new PageRequest(0, 1)));
        var onlyPaid = await Invoices.TotalsAsync(new InvoiceQuery(Search: "sebagian"));

        Assert.Equal(new InvoiceTotals(3, p.Total, 100_000, p.Total - 100_000, c.Total + d.Total), totals);
        Assert.Equal(new InvoiceTotals(1, p.Total, 100_000, p.Total - 100_000, 0), onlyPaid);
        Assert.Equal(
            $"3 tagihan · Ditagihkan {IndonesianFormat.Rupiah(p.Total)} · Dibayar Rp 100.000 · Sisa {IndonesianFormat.Rupiah(p.Total - 100_000)}"
            + $" · Draf/batal {IndonesianFormat.Rupiah(c.Total + d.Total)}",
            totals.ToDisplayString());
        var export = await app.Get<ExportService>().InvoicesAsync(new InvoiceQuery());
        using var workbook = new XLWorkbook(new MemoryStream(export.Content));
        var sheet = workbook.Worksheet(1);
        var total = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "JUMLAH");
        var rows = total.RowNumber() - sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "No. Tagihan").RowNumber() - 1;
        Assert.Equal(
            (totals.Count, totals.Billed, totals.Paid, totals.Outstanding, totals.NotBilled),
            (rows, total.Cell(7).GetValue<long>(), total.Cell(8).GetValue<long>(), total.Cell(9).GetValue<long>(), total.Cell(10).GetValue<long>()));
    }

    [Fact]
    public async Task Public_verification_shows_the_document_without_any_personal_data()
    {
        var company = await app.CompanyAsync("PT Verifikasi");
        var id = await app.IssuedInvoiceAsync(company);
        var other = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Verifikasi Lain"), workers: 1);
        var detail = await Invoices.GetAsync(id);
        var token = detail.VerificationUrl!.Split('/')[^1];
        await using var db = await app.DbAsync();
        var workers = await db.Workers.Select(w => new { w.FullName, w.Nik }).ToListAsync();
        app.CurrentUser.Caller = Caller.Anonymous;

        var view = await Invoices.VerifyAsync(token);
        var unknown = await Invoices.VerifyAsync(Invoice.NewVerificationToken());

        Assert.True(token.Length >= 22);
        Assert.NotEqual(token, (await db.Invoices.SingleAsync(i => i.Id == other)).VerificationToken);
        Assert.NotNull(view);
        Assert.Equal(("Tagihan", "900.1/001/Disnakerind/VI/2026", June1, "PT Verifikasi", 504_000L, "Terbit"),
            (view.DocumentType, view.Number, view.IssueDate, view.CompanyName, view.Total, view.StatusLabel));
        Assert.Equal("Dinas Tenaga Kerja dan Perindustrian Kabupaten Tanah Laut", view.Issuer);
        var printed = view.ToString();
        Assert.All(workers, w => Assert.DoesNotContain(w.FullName, printed, StringComparison.Ordinal));
        Assert.All(workers, w => Assert.DoesNotContain(w.Nik[..6], printed, StringComparison.Ordinal));
        Assert.Null(unknown);
        Assert.Null(await Invoices.VerifyAsync(""));
    }

    [Fact]
    public async Task A_draft_cannot_be_verified_and_an_overdue_invoice_says_so()
    {
        var company = await app.CompanyAsync("PT Draf");
        var adoption = await app.AdoptedAsync(company, workers: 1);
        app.ActAsDisnakerind();
        var draft = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));
        await using var db = await app.DbAsync();
        var draftToken = (await db.Invoices.SingleAsync(i => i.Id == draft)).VerificationToken;
        Assert.Null(await Invoices.VerifyAsync(draftToken));
        await Invoices.IssueAsync(draft, (await Invoices.GetAsync(draft)).Version);
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 11));

        var view = await Invoices.VerifyAsync(draftToken);

        Assert.Equal("Terbit – lewat jatuh tempo", view!.StatusLabel);
        Assert.True((await Invoices.GetAsync(draft)).Row.IsOverdue);
    }
}
