using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Reports;

public sealed class DashboardServiceTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateOnly June10 = new(2026, 6, 10);
    private TestApp app = default!;

    private DashboardService Dashboards => app.Get<DashboardService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_Disnakerind_dashboard_counts_workers_money_desa_and_months()
    {
        var paidCompany = await app.CompanyAsync("PT Lunas");
        var paid = await app.PaidAdoptionAsync(paidCompany, 3, June10, "TRX-1");
        var openCompany = await app.CompanyAsync("PT Belum Bayar");
        var pledgedOnly = (await app.AdoptedAsync(openCompany, 2)).EstimatedTotal;
        await app.VerifiedWorkerAsync("63.01.02.2005");
        app.Clock.SetWitaDate(new DateOnly(2026, 7, 15));
        app.ActAs(Roles.Disnakerind);

        var d = await Dashboards.DisnakerindAsync();

        Assert.Equal((6, 5, 3, 2), (d.WorkersRegistered, d.WorkersSponsored, d.WorkersProtectedNow, d.CompaniesTakingPart));
        Assert.Equal(new MoneyFigures(pledgedOnly, paid, paid), d.Money);
        var desa = Assert.Single(d.Desa, x => x.Code == "63.01.02.2003");
        Assert.Equal((5, 3), (desa.Registered, desa.ProtectedNow));
        Assert.Equal((1, 0), (d.Desa.Single(x => x.Code == "63.01.02.2005").Registered, d.Desa.Single(x => x.Code == "63.01.02.2005").ProtectedNow));
        var kecamatan = Assert.Single(d.Kecamatan);
        Assert.Equal((6, 3), (kecamatan.Registered, kecamatan.ProtectedNow));
        Assert.Equal(12, d.Months.Count);
        Assert.Equal(new YearMonth(2026, 7), d.Months[^1].Month);
        Assert.Equal(5, d.Months[^1].NewSponsorships);
        Assert.Equal(paid, d.Months.Single(m => m.Month == new YearMonth(2026, 6)).Paid);
    }

    [Fact]
    public async Task The_Csr_dashboard_shows_only_the_callers_company_and_its_budget_use()
    {
        var mine = await app.CompanyAsync("PT Saya");
        var paid = await app.PaidAdoptionAsync(mine, 2, June10, "TRX-2");
        var other = await app.CompanyAsync("PT Lain");
        await app.PaidAdoptionAsync(other, 4, June10, "TRX-3");
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 20));
        app.ActAsCsrOf(mine);

        var d = await Dashboards.CsrAsync();

        Assert.Equal((2, 2, 12), (d.MyWorkers, d.ProtectedNow, d.WorkerMonths));
        Assert.Equal(new MoneyFigures(0, paid, paid), d.ThisYear);
        Assert.Equal(2, d.EndingSoon.Count);
        Assert.All(d.EndingSoon, e => Assert.Equal(new YearMonth(2026, 12), e.EndMonth));
        Assert.Equal(2, d.ProtectedPerMonth.Single(m => m.Month == new YearMonth(2026, 8)).Workers);
        await Assert.ThrowsAsync<NotFoundException>(() => Dashboards.CsrAsync(other.Id));
    }

    [Fact]
    public async Task The_Keuangan_dashboard_lists_overdue_invoices_and_this_months_payments()
    {
        var late = await app.CompanyAsync("PT Terlambat");
        var overdueId = await app.IssuedInvoiceAsync(late, 2, dueDate: new DateOnly(2026, 6, 20));
        var payer = await app.CompanyAsync("PT Tepat");
        var paid = await app.PaidAdoptionAsync(payer, 1, new DateOnly(2026, 7, 2), "TRX-4");
        app.Clock.SetWitaDate(new DateOnly(2026, 7, 5));
        app.ActAsKeuangan();

        var d = await Dashboards.KeuanganAsync();

        var overdue = Assert.Single(d.OverdueInvoices);
        Assert.Equal((overdueId, "PT Terlambat", 15), (overdue.InvoiceId, overdue.CompanyName, overdue.DaysOverdue));
        Assert.Equal((overdue.Outstanding, overdue.Outstanding, 1, 1), (d.Outstanding, d.Overdue, d.OverdueCount, d.OpenInvoices));
        Assert.Equal((paid, 1), (d.PaidThisMonth, d.PaymentsThisMonth));
    }

    [Fact]
    public async Task The_Loket_home_counts_coverage_ending_within_thirty_days()
    {
        var company = await app.CompanyAsync("PT Akhir");
        await app.PaidAdoptionAsync(company, 2, June10, "TRX-5");
        app.ActAs(Roles.Loket);

        app.Clock.SetWitaDate(new DateOnly(2026, 11, 30));
        Assert.Equal(0, (await Dashboards.LoketAsync()).EndingSoon);
        app.Clock.SetWitaDate(new DateOnly(2026, 12, 1));
        Assert.Equal(2, (await Dashboards.LoketAsync()).EndingSoon);
        app.Clock.SetWitaDate(new DateOnly(2027, 1, 3));
        Assert.Equal(new LoketDashboard(0, 2), await Dashboards.LoketAsync());
    }

    [Fact]
    public async Task The_Disnakerind_figures_are_kept_for_the_interval_say_when_they_were_counted_and_can_be_counted_now()
    {
        var company = await app.CompanyAsync("PT Awal");
        await app.AdoptedAsync(company, 2);
        app.ActAs(Roles.Disnakerind);
        var first = await Dashboards.DisnakerindAsync();

        await app.AdoptedAsync(await app.CompanyAsync("PT Kedua"), 3);
        app.ActAs(Roles.Disnakerind);
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        var kept = await Dashboards.DisnakerindAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var recounted = await Dashboards.DisnakerindAsync(recount: true);
        var afterRecount = await Dashboards.DisnakerindAsync();

        Assert.Equal((2, 1), (first.WorkersSponsored, first.CompaniesTakingPart));
        Assert.Same(first, kept);
        Assert.Equal((5, 2), (recounted.WorkersSponsored, recounted.CompaniesTakingPart));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, recounted.CountedAtUtc);
        Assert.Same(recounted, afterRecount);

        await app.AdoptedAsync(await app.CompanyAsync("PT Ketiga"), 1);
        app.ActAs(Roles.Disnakerind);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(6, (await Dashboards.DisnakerindAsync()).WorkersSponsored);
    }

    [Fact]
    public async Task A_new_month_counts_the_Disnakerind_figures_at_once()
    {
        app.ActAs(Roles.Disnakerind);
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 30));
        app.Clock.Advance(TimeSpan.FromHours(11) + TimeSpan.FromMinutes(58)); // 23.58 WITA
        var june = await Dashboards.DisnakerindAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var july = await Dashboards.DisnakerindAsync();

        Assert.Equal((new YearMonth(2026, 6), new YearMonth(2026, 7)), (june.Month, july.Month));
        Assert.Equal(new YearMonth(2026, 7), july.Months[^1].Month);
    }

    [Fact]
    public async Task Csr_and_Loket_cannot_open_the_Disnakerind_dashboard()
    {
        app.ActAs(Roles.Loket);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Dashboards.DisnakerindAsync());
        app.ActAs(Roles.Csr, 1);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Dashboards.KeuanganAsync());
    }
}
