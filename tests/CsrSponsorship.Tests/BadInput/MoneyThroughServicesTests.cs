using System.Text.RegularExpressions;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.BadInput;

// Issue 8: the money corpus through the real services on a real SQLite file. The screen reads text with RupiahText;
// the services must still refuse what is wrong for them, since the screen is not the only way in.
public sealed partial class MoneyThroughServicesTests : IAsyncLifetime
{
    private static readonly DateOnly June5 = new(2026, 6, 5);
    private TestApp app = default!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Every_corpus_string_is_refused_before_the_database_or_recorded_only_when_the_invoice_allows_it()
    {
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Korpus Uang"));
        app.Clock.SetWitaDate(June5);
        app.ActAsKeuangan();
        var payments = app.Get<PaymentService>();
        var (recorded, refusedByService, refusedByParser) = (0, 0, 0);

        foreach (var (c, i) in MoneyCorpus.All.Select((c, i) => (c, i)))
        {
            var before = await PaymentStateAsync(invoiceId);
            var parsed = RupiahText.Parse(c.Input);
            if (parsed.Amount is not { } amount)
            {
                AssertIndonesian(parsed.Error);
                refusedByParser++;
            }
            else if (amount <= before.Outstanding)
            {
                await payments.RecordAsync(invoiceId, new PaymentInput(June5, amount, PaymentMethod.TransferBpjs, $"KORPUS-{i}"));
                Assert.Equal((before.Count + 1, before.Outstanding - amount), await PaymentStateAsync(invoiceId));
                recorded++;
                continue;
            }
            else
            {
                var ex = await Assert.ThrowsAsync<DomainException>(() =>
                    payments.RecordAsync(invoiceId, new PaymentInput(June5, amount, PaymentMethod.TransferBpjs, $"KORPUS-{i}")));
                Assert.Contains("melebihi sisa tagihan", ex.Message, StringComparison.Ordinal);
                AssertIndonesian(ex.Message);
                refusedByService++;
            }

            Assert.Equal(before, await PaymentStateAsync(invoiceId));
        }

        Assert.Equal(MoneyCorpus.All.Count(c => c.Expected is null), refusedByParser);
        Assert.True(recorded > 0 && refusedByService > 0, $"recorded {recorded}, refused by the service {refusedByService}");
    }

    // What a culture-dependent numeric field could have handed on ("-5", "0", "1e9", an overflow) never becomes a payment.
    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(1_000_000_000)]
    [InlineData(RupiahText.MaxAmount + 1)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public async Task The_payment_service_refuses_amounts_the_screen_would_never_send(long amount)
    {
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Pintu Lain"));
        app.Clock.SetWitaDate(June5);
        app.ActAsKeuangan();
        var before = await PaymentStateAsync(invoiceId);

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June5, amount, PaymentMethod.TransferBpjs, "PINTU-1")));

        AssertIndonesian(ex.Message);
        Assert.Equal(before, await PaymentStateAsync(invoiceId));
    }

    [Fact]
    public async Task Every_corpus_amount_is_a_declared_income_only_between_the_minimum_and_the_ceiling()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var workers = app.Get<WorkerService>();
        long[] extra = [-5, 0, 999_999, 20_700_000, 20_700_001, 1_000_000_001, long.MaxValue];
        var amounts = MoneyCorpus.All.Select(c => RupiahText.Parse(c.Input).Amount).OfType<long>().Concat(extra).ToList();

        foreach (var amount in amounts)
        {
            var before = await WorkerCountAsync();
            var draft = new WorkerDraftBuilder(today: Wita.Today(app.Clock)).With(d => d.DeclaredIncome = amount).Build();
            // The ceiling is the top of the BPU income table (decision 0147).
            if (amount is >= 1_000_000 and <= 20_700_000)
            {
                await workers.CreateAsync(draft);
                Assert.Equal(before + 1, await WorkerCountAsync());
                continue;
            }

            var ex = await Assert.ThrowsAsync<WorkerValidationException>(() => workers.CreateAsync(draft));
            var issue = Assert.Single(ex.Errors);
            Assert.Equal(nameof(draft.DeclaredIncome), issue.Field);
            AssertIndonesian(issue.Message);
            Assert.Equal(before, await WorkerCountAsync());
        }
    }

    [Fact]
    public async Task A_company_budget_is_stored_up_to_the_ceiling_and_refused_beyond_it_or_below_zero()
    {
        app.ActAs(Roles.Disnakerind);
        var companies = app.Get<CompanyService>();
        var id = await companies.CreateAsync(new CompanyDraft
        {
            LegalName = "PT Anggaran Uji",
            Npwp = "0912345678901999",
            Sector = Core.Domain.Companies.CompanySector.Lainnya,
            Address = "Jl. Uji No. 1, Desa Asam-Asam",
            ContactName = "Narahubung Uji",
            OperatingDesaCodes = ["63.01.02.2003"],
        });
        var accepted = MoneyCorpus.All.Select(c => RupiahText.Parse(c.Input, required: false, allowZero: true).Amount).OfType<long>().Append(0);

        foreach (var amount in accepted)
        {
            var edit = await companies.GetEditFormAsync(id);
            edit.Draft.AnnualCsrBudget = amount;
            await companies.UpdateAsync(id, edit.Draft, edit.Version);
            Assert.Equal(amount, (await companies.GetAsync(id)).AnnualCsrBudget);
        }

        foreach (var amount in new[] { -1, RupiahText.MaxAmount + 1, long.MaxValue, long.MinValue })
        {
            var edit = await companies.GetEditFormAsync(id);
            edit.Draft.AnnualCsrBudget = amount;

            var ex = await Assert.ThrowsAsync<CompanyValidationException>(() => companies.UpdateAsync(id, edit.Draft, edit.Version));

            Assert.Equal(nameof(CompanyDraft.AnnualCsrBudget), Assert.Single(ex.Errors).Field);
            AssertIndonesian(ex.Errors[0].Message);
            Assert.Equal(0, (await companies.GetAsync(id)).AnnualCsrBudget);
        }
    }

    [Theory]
    [InlineData(-1, 1_000_000)]
    [InlineData(RupiahText.MaxAmount + 1, 1_000_000)]
    [InlineData(6_800, 0)]
    [InlineData(6_800, -5)]
    [InlineData(6_800, long.MaxValue)]
    public async Task A_rate_version_with_an_absurd_JKM_or_minimum_income_is_refused(long jkm, long minimumIncome)
    {
        app.ActAsAdmin();
        var rates = app.Get<RateService>();
        var before = (await rates.ListAsync()).Count;

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            rates.AddVersionAsync(new RateTerms(new YearMonth(2099, 1), null, 24, jkm, 200, minimumIncome, "Uji")));

        AssertIndonesian(ex.Message);
        Assert.Equal(before, (await rates.ListAsync()).Count);
    }

    // Non-empty, in Bahasa Indonesia, and never a framework message leaking through ("Input string was not ...").
    private static void AssertIndonesian(string? message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Matches(IndonesianWord(), message);
        Assert.DoesNotMatch(EnglishWord(), message);
    }

    [GeneratedRegex(@"\b(Jumlah|Rupiah|tidak|harus|wajib|paling|melebihi|minimal|terlalu|angka|Penghasilan|Anggaran|Iuran)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndonesianWord();

    [GeneratedRegex(@"\b(the|must|value|input|string|format|cannot|invalid|overflow|exception)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    private async Task<(int Count, long Outstanding)> PaymentStateAsync(int invoiceId)
    {
        await using var db = await app.DbAsync();
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId);
        return (await db.Payments.CountAsync(p => p.InvoiceId == invoiceId), invoice.Total - invoice.PaidAmount);
    }

    private async Task<int> WorkerCountAsync()
    {
        await using var db = await app.DbAsync();
        return await db.Workers.CountAsync();
    }
}
