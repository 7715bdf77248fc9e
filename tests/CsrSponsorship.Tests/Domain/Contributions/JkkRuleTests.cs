using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Domain.Contributions;

// Decision 0147: JKK for BPU is 1% of the declared income, no bracket rounding; the declared income lies between
// the rate version's minimum and Programme:MaximumDeclaredIncome (Rp20.700.000, the top of PP 44/2015 Lampiran II).
public sealed class JkkRuleTests : IAsyncLifetime
{
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData(1_000_000, 10_000)]
    [InlineData(1_250_000, 12_500)]
    [InlineData(1_000_050, 10_001)]
    [InlineData(20_700_000, 207_000)]
    public void Jkk_is_one_percent_of_the_declared_income_without_brackets(long income, long jkk)
    {
        var month = ContributionCalculator.Calculate(DefaultRates.All, new ContributionRequest(income, Sector.NonTransport, false, FundingSource.Csr, new YearMonth(2025, 7), false));

        Assert.Equal(jkk, month.Jkk);
        Assert.Equal(6_800, month.Jkm);
    }

    [Fact]
    public async Task A_declared_income_above_the_top_of_the_JKK_table_is_refused_at_registration()
    {
        app.ActAs(Roles.Loket, userId: "loket-1");
        var workers = app.Get<WorkerService>();

        await workers.CreateAsync(new WorkerDraftBuilder(today: Wita.Today(app.Clock)).With(d => d.DeclaredIncome = 20_700_000).Build());
        var ex = await Assert.ThrowsAsync<WorkerValidationException>(() =>
            workers.CreateAsync(new WorkerDraftBuilder(today: Wita.Today(app.Clock)).With(d => d.DeclaredIncome = 20_700_001).Build()));

        var issue = Assert.Single(ex.Errors);
        Assert.Equal(nameof(WorkerDraft.DeclaredIncome), issue.Field);
        Assert.Equal("Penghasilan yang dilaporkan paling banyak Rp 20.700.000 per bulan (batas tertinggi tabel iuran BPU); isi Rp 20.700.000 bila penghasilannya lebih tinggi.", issue.Message);
    }
}
