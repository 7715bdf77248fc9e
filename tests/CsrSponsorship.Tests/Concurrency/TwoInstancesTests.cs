using System.Data.Common;
using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Numbering;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.CircularLetters;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Payments;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Concurrency;

// The guarantees users rely on, with two app instances on one database and the work split over both: one test body,
// run on SQLite (the second instance opens the first one's file) and on PostgreSQL (both on one connection string).
// Decision 0201 says per operation what makes each hold. The PostgreSQL database is shared by the class's tests,
// so the tests count from what is there rather than from 1.
public abstract class TwoInstancesTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateOnly June5 = new(2026, 6, 5);

    protected TestApp A { get; private set; } = default!;

    protected TestApp B { get; private set; } = default!;

    // The first instance, then any number of further instances on the same database.
    protected abstract Task<TestApp> StartFirstAsync();

    protected abstract Task<TestApp> StartAnotherAsync();

    public async Task InitializeAsync()
    {
        A = await StartFirstAsync();
        B = await StartAnotherAsync();
        A.Clock.SetWitaDate(June1);
        B.Clock.SetWitaDate(June1);
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }

    private TestApp Instance(int i) => i % 2 == 0 ? A : B;

    [Fact]
    public async Task Fifty_identical_payment_submits_over_two_instances_record_exactly_one_payment()
    {
        var invoiceId = await A.IssuedInvoiceAsync(await A.CompanyAsync("PT Pembayar " + Guid.NewGuid().ToString("N")[..6]));
        var input = new PaymentInput(June5, 504_000, PaymentMethod.TransferBpjs, "BPJS-TRX-0001");
        foreach (var app in new[] { A, B })
        {
            app.Clock.SetWitaDate(June5);
            app.ActAsKeuangan();
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => Instance(i).Get<PaymentService>().RecordAsync(invoiceId, input))));

        await using var db = await A.DbAsync();
        var payment = await db.Payments.SingleAsync(p => p.InvoiceId == invoiceId);
        Assert.All(results, r => Assert.Equal(payment.Id, r.PaymentId));
        Assert.Single(results, r => !r.WasDuplicate);
        Assert.All(results.Where(r => r.WasDuplicate), r => Assert.Equal((InvoiceStatus.Lunas, 0L), (r.InvoiceStatus, r.Outstanding)));
        var invoice = await db.Invoices.SingleAsync(i => i.Id == invoiceId);
        Assert.Equal((504_000L, InvoiceStatus.Lunas), (invoice.PaidAmount, invoice.Status));
    }

    // A payment reads its invoice before its write turn (decision 0213); one read while another clerk's payment was saved
    // must not let the sum pass the total or leave a gap in the receipt numbers.
    [Fact]
    public async Task Twelve_clerks_paying_tenths_of_one_invoice_at_once_over_two_instances_pay_it_exactly_with_consecutive_receipts()
    {
        var invoiceId = await A.IssuedInvoiceAsync(await A.CompanyAsync("PT Cicilan " + Guid.NewGuid().ToString("N")[..6]));
        foreach (var app in new[] { A, B })
        {
            app.Clock.SetWitaDate(June5);
            app.ActAsKeuangan();
        }

        var outcomes = await Outcomes(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            Instance(i).Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June5, 50_400, PaymentMethod.TransferBpjs, $"CICIL-{i}")))));

        Assert.Equal(10, outcomes.Count(o => o == "ok"));
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.True(
            o.StartsWith("Jumlah melebihi sisa tagihan", StringComparison.Ordinal) || o == "Tagihan ini sudah lunas.", o));
        await using var db = await A.DbAsync();
        var invoice = await db.Invoices.SingleAsync(i => i.Id == invoiceId);
        Assert.Equal((504_000L, InvoiceStatus.Lunas), (invoice.PaidAmount, invoice.Status));
        var receipts = await db.Payments.Where(p => p.InvoiceId == invoiceId).Select(p => p.ReceiptNumber!).ToListAsync();
        var serials = receipts.Select(n => int.Parse(n.Split('/')[2], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(serials[0], 10), serials);
    }

    [Fact]
    public async Task Eight_letters_signed_at_once_over_two_instances_get_eight_consecutive_numbers()
    {
        var letters = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            A.InvoiceActAsDrafter();
            var id = await A.Get<CircularLetterService>().CreateDraftAsync(A.Get<CircularLetterService>().NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
            await A.Get<CircularLetterService>().SubmitAsync(id);
            A.ActAsAdmin();
            await A.Get<CircularLetterService>().ApproveAsync(id);
            letters.Add(id);
        }

        B.ActAsAdmin();

        var numbers = await Task.WhenAll(letters.Select((id, i) => Task.Run(() => Instance(i).Get<CircularLetterService>().SignAsync(id))));

        AssertConsecutive(numbers, 8);
    }

    [Fact]
    public async Task Twenty_invoices_issued_at_once_over_two_instances_get_twenty_distinct_consecutive_numbers()
    {
        var drafts = new List<(int Id, Guid Version)>();
        for (var i = 0; i < 20; i++)
        {
            var company = await A.CompanyAsync($"PT Paralel {i} " + Guid.NewGuid().ToString("N")[..6]);
            var adoption = await A.AdoptedAsync(company, workers: 1);
            A.ActAsDisnakerind();
            var id = await A.Get<InvoiceService>().CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));
            drafts.Add((id, (await A.Get<InvoiceService>().GetAsync(id)).Version));
        }

        B.ActAsDisnakerind();

        var numbers = await Task.WhenAll(drafts.Select((d, i) => Task.Run(() => Instance(i).Get<InvoiceService>().IssueAsync(d.Id, d.Version))));

        AssertConsecutive(numbers, 20);
        Assert.All(numbers, n => Assert.EndsWith("/Disnakerind/VI/2026", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Numbers_allocated_in_parallel_transactions_on_two_instances_count_up_without_gaps_or_repeats()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using var db = await Instance(i).DbAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await DocumentNumbers.AllocateAsync(db, DocumentTypes.CircularLetter, June1, default);
            await transaction.CommitAsync();
            return number;
        })));

        AssertConsecutive(numbers, 20);
    }

    [Fact]
    public async Task Drafts_racing_for_the_same_worker_on_two_instances_put_him_on_one_live_invoice_and_refuse_the_rest()
    {
        var company = await A.CompanyAsync("PT Draf " + Guid.NewGuid().ToString("N")[..6]);
        var adoption = await A.AdoptedAsync(company, workers: 2);
        A.ActAsDisnakerind();
        B.ActAsDisnakerind();
        var request = new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds);

        var outcomes = await Outcomes(Enumerable.Range(0, 6).Select(i => Task.Run(() => Instance(i).Get<InvoiceService>().CreateDraftAsync(request))));

        Assert.Single(outcomes, o => o == "ok");
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.StartsWith("Kepesertaan berikut sudah masuk tagihan lain (draf atau terbit): ", o, StringComparison.Ordinal));
        await using var db = await A.DbAsync();
        Assert.Equal(1, await db.Invoices.CountAsync(i => i.CompanyId == company.Id));
        Assert.Equal(2, await db.InvoiceWorkers.CountAsync(w => adoption.SponsorshipIds.Contains(w.SponsorshipId) && !w.Released));
    }

    [Fact]
    public async Task Ten_adoptions_of_one_worker_at_once_over_two_instances_let_exactly_one_through()
    {
        var worker = await A.VerifiedWorkerAsync();
        var companies = new List<Company>();
        for (var i = 0; i < 10; i++)
        {
            companies.Add(await A.CompanyAsync($"PT Adopsi {i} " + Guid.NewGuid().ToString("N")[..6]));
        }

        var outcomes = await Outcomes(companies.Select((company, i) => Task.Run(async () =>
        {
            // Each officer has their own session: another instance on the same database with its own caller.
            await using var session = await StartAnotherAsync();
            session.Clock.SetWitaDate(June1);
            session.ActAsCsrOf(company);
            var start = InvoiceTestData.July2026.AddMonths(i % 3);
            return await session.Get<AdoptionService>().SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, start, 6)));
        })));

        Assert.Single(outcomes, o => o == "ok");
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.StartsWith("Pekerja berikut sudah dicakup", o, StringComparison.Ordinal));
        await using var db = await A.DbAsync();
        Assert.Equal(1, await db.Sponsorships.CountAsync(s => s.WorkerId == worker));
        Assert.Equal(6, await db.CoverageMonths.CountAsync(c => c.WorkerId == worker));
    }

    [Fact]
    public async Task Two_imports_with_overlapping_NIKs_at_once_store_each_NIK_once_and_tell_the_loser_which_rows()
    {
        A.ActAs(Roles.Loket, userId: "loket-1");
        B.ActAs(Roles.Loket, userId: "loket-2");
        // The rows' consent dates are today's.
        A.Clock.SetWitaDate(SyntheticNik.TodayWita);
        B.Clock.SetWitaDate(SyntheticNik.TodayWita);
        var first = Enumerable.Range(8101, 6).Select(n => new ImportRowBuilder(serial: n)).ToList();
        var second = Enumerable.Range(8104, 6).Select(n => new ImportRowBuilder(serial: n)).ToList();
        var previews = await Task.WhenAll(PreviewAsync(A, first), PreviewAsync(B, second));

        var outcomes = await Outcomes([
            Task.Run(() => A.Get<WorkerImportService>().ImportValidRowsAsync(previews[0])),
            Task.Run(() => B.Get<WorkerImportService>().ImportValidRowsAsync(previews[1])),
        ]);

        var overlap = second.Take(3).Select(r => r.Nik).Order(StringComparer.Ordinal);
        Assert.True(outcomes.Count(o => o == "ok") == 1, string.Join(" | ", outcomes));
        Assert.Contains($"Data berubah sejak pratinjau: NIK {string.Join(", ", overlap)} sudah terdaftar.", outcomes.Single(o => o != "ok"), StringComparison.Ordinal);
        var niks = first.Concat(second).Select(r => r.Nik).Distinct().ToList();
        await using var db = await A.DbAsync();
        var stored = await db.Workers.Where(w => niks.Contains(w.Nik)).Select(w => w.Nik).ToListAsync();
        Assert.Equal(6, stored.Count);
        Assert.Equal(stored.Count, stored.Distinct().Count());
    }

    [Fact]
    public async Task One_BPJS_number_reconciled_to_two_workers_at_once_on_two_instances_goes_to_one_of_them()
    {
        var company = await A.CompanyAsync("PT Rekon " + Guid.NewGuid().ToString("N")[..6]);
        var adoption = await A.AdoptedAsync(company, workers: 2);
        await using (var db = await A.DbAsync())
        {
            var niks = await db.Sponsorships.Where(s => adoption.SponsorshipIds.Contains(s.Id))
                .Join(db.Workers, s => s.WorkerId, w => w.Id, (s, w) => w.Nik).ToListAsync();
            var kpj = "3" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
            A.ActAsKeuangan();
            B.ActAsKeuangan("keuangan-2");
            var reports = await Task.WhenAll(
                ReconcilePreviewAsync(A, new BpjsListBuilder().Row(niks[0], kpj).Build()),
                ReconcilePreviewAsync(B, new BpjsListBuilder().Row(niks[1], kpj).Build()));
            Assert.All(reports, r => Assert.Equal(1, r.KpjToFill));

            var applied = await Task.WhenAll(
                Task.Run(() => A.Get<BpjsReconciliationService>().ApplyAsync(reports[0])),
                Task.Run(() => B.Get<BpjsReconciliationService>().ApplyAsync(reports[1])));

            Assert.Equal(1, applied.Sum(a => a.Filled));
            Assert.Equal(1, applied.Sum(a => a.Skipped));
            Assert.Equal(1, await db.Workers.CountAsync(w => w.Kpj == kpj));
        }
    }

    [Fact]
    public async Task An_audit_row_written_on_one_instance_cannot_be_changed_or_deleted_from_the_other()
    {
        await A.CompanyAsync("PT Diaudit " + Guid.NewGuid().ToString("N")[..6]);
        await using var db = await B.DbAsync();
        var id = await db.AuditEntries.MaxAsync(a => a.Id);

        var update = await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "orang lain")));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.Where(a => a.Id == id).ExecuteDeleteAsync());

        Assert.All([update, delete], e => Assert.Contains("audit log is append-only", e.Message, StringComparison.Ordinal));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Id == id && a.UserName != "orang lain"));
    }

    [Fact]
    public async Task A_CSR_officer_of_one_company_cannot_read_another_companys_invoice_from_either_instance()
    {
        var own = await A.CompanyAsync("PT Sendiri " + Guid.NewGuid().ToString("N")[..6]);
        var other = await A.CompanyAsync("PT Lain " + Guid.NewGuid().ToString("N")[..6]);
        var ownInvoice = await A.IssuedInvoiceAsync(own, workers: 1);
        var otherInvoice = await A.IssuedInvoiceAsync(other, workers: 1);

        foreach (var app in new[] { A, B })
        {
            app.ActAsCsrOf(own);
            await Assert.ThrowsAsync<NotFoundException>(() => app.Get<InvoiceService>().GetAsync(otherInvoice));
            var listed = await app.Get<InvoiceService>().ListAsync(new InvoiceQuery(CompanyId: other.Id));
            Assert.DoesNotContain(listed.Items, r => r.CompanyId == other.Id);
            Assert.Equal(ownInvoice, (await app.Get<InvoiceService>().GetAsync(ownInvoice)).Row.Id);
        }
    }

    [Fact]
    public async Task A_worker_registered_on_one_instance_is_shown_masked_to_finance_on_the_other()
    {
        var worker = await A.VerifiedWorkerAsync();
        A.ActAsDisnakerind();
        B.ActAsKeuangan();

        var full = await A.Get<WorkerService>().GetAsync(worker);
        var masked = await B.Get<WorkerService>().GetAsync(worker);

        Assert.False(full.NikIsMasked);
        Assert.True(masked.NikIsMasked);
        Assert.Equal(NikMaskOf(full.Nik), masked.Nik);
        Assert.Null(masked.BirthDate);
        Assert.Equal(full.BirthDate!.Value.Year, masked.BirthYear);
    }

    private static string NikMaskOf(string nik) => Core.Domain.Workers.NikMask.Mask(nik);

    // Every serial once, no gap: the numbers' running part (the second field of every template here).
    private static void AssertConsecutive(IReadOnlyCollection<string> numbers, int count)
    {
        var serials = numbers.Select(n => int.Parse(n.Split('/')[1], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(count, serials.Distinct().Count());
        Assert.Equal(Enumerable.Range(serials[0], count), serials);
    }

    // "ok" for a success, else the Indonesian refusal the user would read; anything else fails the test.
    private static async Task<string[]> Outcomes<T>(IEnumerable<Task<T>> attempts) =>
        await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                await t;
                return "ok";
            }
            catch (DomainException refused)
            {
                return refused.Message;
            }
        }));

    private static async Task<ImportPreview> PreviewAsync(TestApp app, IEnumerable<ImportRowBuilder> rows)
    {
        var import = app.Get<WorkerImportService>();
        using var builder = await WorkbookBuilder.FromTemplateAsync(import);
        var file = builder.AddRange(rows).Build();
        return await import.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);
    }

    private static async Task<ReconciliationReport> ReconcilePreviewAsync(TestApp app, byte[] file) =>
        await app.Get<BpjsReconciliationService>().PreviewAsync(new MemoryStream(file), "bpjs.xlsx", file.Length);
}

public sealed class TwoInstancesOnSqliteTests : TwoInstancesTests
{
    protected override Task<TestApp> StartFirstAsync() => TestApp.StartAsync();

    protected override Task<TestApp> StartAnotherAsync() => TestApp.StartAsync(databasePath: A.DatabasePath);
}

[Trait("Category", "Postgres")]
public sealed class TwoInstancesOnPostgreSqlTests(PostgresDatabase postgres) : TwoInstancesTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestApp> StartFirstAsync() => TestApp.StartOnPostgresAsync(postgres.ConnectionString);

    protected override Task<TestApp> StartAnotherAsync() => TestApp.StartOnPostgresAsync(postgres.ConnectionString);
}
