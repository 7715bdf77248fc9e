using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CsrSponsorship.Tests.Data;

// A database from before the DocumentIntegrity migration: receipts numbered only when first opened (or never),
// no frozen addressees, no receipt tokens, two workers sharing a KPJ. Built with the services, taken back to the
// previous migration and put in that old state with SQL, then upgraded as a deployment would be.
public sealed class DocumentIntegrityMigrationTests : IAsyncLifetime
{
    private const string PreviousMigration = "20261123211913_DataProtectionKeys";
    private const string SharedKpj = "11111111111";
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Upgrading_backfills_addressees_receipt_numbers_and_tokens_and_separates_shared_KPJ_numbers()
    {
        var company = await app.CompanyAsync("PT Sebelum Upgrade");
        var invoiceId = await app.IssuedInvoiceAsync(company);
        var draftCompany = await app.CompanyAsync("PT Masih Draf");
        var adoption = await app.AdoptedAsync(draftCompany, workers: 1);
        app.ActAsDisnakerind();
        var draftId = await app.Get<InvoiceService>().CreateDraftAsync(new InvoiceDraftRequest(draftCompany.Id, adoption.SponsorshipIds));
        var payments = app.Get<PaymentService>();
        app.ActAsKeuangan();
        var ids = new List<int>();
        foreach (var day in new[] { 5, 6, 7 })
        {
            app.Clock.SetWitaDate(new DateOnly(2026, 6, day));
            ids.Add((await payments.RecordAsync(invoiceId, new PaymentInput(new DateOnly(2026, 6, day), 100_000, PaymentMethod.TransferBpjs, $"TRX-{day}"))).PaymentId);
        }

        await payments.ReverseAsync(ids[2], "Transfer ditolak bank");
        app.ActAs(Roles.Disnakerind, userId: "disnaker-1");
        var workers = app.Get<WorkerService>();
        var keeper = (await workers.CreateAsync(new WorkerDraftBuilder(today: June1).With(d => d.Kpj = SharedKpj).Build())).Id;
        var sharer = (await workers.CreateAsync(new WorkerDraftBuilder(today: June1).Build())).Id;
        var blank = (await workers.CreateAsync(new WorkerDraftBuilder(today: June1).Build())).Id;

        await using (var db = await app.DbAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            // Only the second payment's receipt had been opened (on 20 June), so only it was numbered: 001.
            await db.Database.ExecuteSqlAsync($"UPDATE Payments SET ReceiptNumber = NULL, ReceiptDate = NULL");
            await db.Database.ExecuteSqlAsync($"UPDATE Payments SET ReceiptNumber = '900.1/KW/001/Disnakerind/2026', ReceiptDate = '2026-06-20' WHERE Id = {ids[1]}");
            await db.Database.ExecuteSqlAsync($"UPDATE NumberSequences SET LastSerial = 1 WHERE DocumentType = 'Receipt'");
            await db.Database.ExecuteSqlAsync($"UPDATE Workers SET Kpj = {SharedKpj} WHERE Id = {sharer}");
            await db.Database.ExecuteSqlAsync($"UPDATE Workers SET Kpj = '' WHERE Id = {blank}");
            // The company was renamed before the upgrade; issued documents then showed the new name (the old bug).
            await db.Database.ExecuteSqlAsync($"UPDATE Companies SET LegalName = 'PT Saat Upgrade' WHERE Id = {company.Id}");
        }

        await using (var db = await app.DbAsync())
        {
            await db.Database.MigrateAsync();
        }

        await using var after = await app.DbAsync();
        var rows = await after.Payments.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(
            ["900.1/KW/002/Disnakerind/2026", "900.1/KW/001/Disnakerind/2026", "900.1/KW/003/Disnakerind/2026"],
            rows.Select(p => p.ReceiptNumber));
        Assert.Equal([new DateOnly(2026, 6, 5), new DateOnly(2026, 6, 20), new DateOnly(2026, 6, 7)], rows.Select(p => p.ReceiptDate!.Value));
        Assert.All(rows, p => Assert.Equal(("PT Saat Upgrade", "Jl. Contoh No. 1, Kintap", company.Npwp), (p.PayerName, p.PayerAddress, p.PayerNpwp)));
        Assert.All(rows, p => Assert.Equal(32, p.ReceiptVerificationToken.Length));
        Assert.Equal(3, rows.Select(p => p.ReceiptVerificationToken).Distinct().Count());
        var invoices = await after.Invoices.AsNoTracking().ToDictionaryAsync(i => i.Id);
        Assert.Equal("PT Saat Upgrade", invoices[invoiceId].AddresseeName);
        Assert.Null(invoices[draftId].AddresseeName);

        var kpj = await after.Workers.AsNoTracking().Where(w => w.Id == keeper || w.Id == sharer || w.Id == blank)
            .ToDictionaryAsync(w => w.Id, w => new { w.Kpj, w.ReviewReason });
        Assert.Equal(SharedKpj, kpj[keeper].Kpj);
        Assert.Null(kpj[sharer].Kpj);
        Assert.Contains(SharedKpj, kpj[sharer].ReviewReason, StringComparison.Ordinal);
        Assert.Null(kpj[blank].Kpj);
        Assert.Null(kpj[blank].ReviewReason);
        Assert.Contains(await after.WorkerEvents.Where(e => e.WorkerId == sharer).Select(e => e.Description).ToListAsync(),
            d => d.Contains("dikosongkan", StringComparison.Ordinal) && d.Contains(keeper.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        await Assert.ThrowsAsync<SqliteException>(() => after.Database.ExecuteSqlAsync($"UPDATE Workers SET Kpj = {SharedKpj} WHERE Id = {sharer}"));

        // The upgraded rows work through the services: the sequence continues, receipts verify as themselves.
        app.ActAsKeuangan();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 21));
        var next = await payments.RecordAsync(invoiceId, new PaymentInput(new DateOnly(2026, 6, 21), 50_000, PaymentMethod.TransferBpjs, "TRX-21"));
        Assert.Equal("900.1/KW/004/Disnakerind/2026", (await payments.GetReceiptModelAsync(next.PaymentId)).ReceiptNumber);
        app.CurrentUser.Caller = Caller.Anonymous;
        var invoicesService = app.Get<InvoiceService>();
        var first = await invoicesService.VerifyAsync(rows[0].ReceiptVerificationToken);
        var reversed = await invoicesService.VerifyAsync(rows[2].ReceiptVerificationToken);
        Assert.Equal(("900.1/KW/002/Disnakerind/2026", 100_000L, "PT Saat Upgrade"), (first!.Number, first.Total, first.CompanyName));
        Assert.True(reversed!.IsVoid);
    }
}
