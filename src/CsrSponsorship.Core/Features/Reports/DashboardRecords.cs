using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Features.Sponsorships;

namespace CsrSponsorship.Core.Features.Reports;

public sealed record AreaCoverage(string Code, string Name, string? KecamatanName, int Registered, int ProtectedNow);

public sealed record MonthlyActivity(YearMonth Month, int NewSponsorships, long Paid);

public sealed record DisnakerDashboard(
    int WorkersRegistered,
    int WorkersSponsored,
    int WorkersProtectedNow,
    int CompaniesTakingPart,
    MoneyFigures Money,
    IReadOnlyList<AreaCoverage> Kecamatan,
    IReadOnlyList<AreaCoverage> Desa,
    IReadOnlyList<MonthlyActivity> Months,
    RetentionStats Retention,
    YearMonth Month,
    DateTime CountedAtUtc) : ICountedFigures;

public sealed record EndingSoonWorker(int SponsorshipId, string WorkerName, string DesaName, YearMonth EndMonth);

public sealed record CsrDashboard(
    int CompanyId,
    int Year,
    int MyWorkers,
    int ProtectedNow,
    int WorkerMonths,
    long? AnnualBudget,
    MoneyFigures ThisYear,
    IReadOnlyList<EndingSoonWorker> EndingSoon,
    IReadOnlyList<(YearMonth Month, int Workers)> ProtectedPerMonth)
{
    public long? BudgetRemaining => AnnualBudget is { } budget ? budget - ThisYear.Committed : null;
}

public sealed record OverdueInvoice(int InvoiceId, string Number, string CompanyName, DateOnly DueDate, int DaysOverdue, long Outstanding);

public sealed record KeuanganDashboard(
    long Outstanding,
    int OpenInvoices,
    long Overdue,
    int OverdueCount,
    IReadOnlyList<OverdueInvoice> OverdueInvoices,
    long PaidThisMonth,
    int PaymentsThisMonth,
    IReadOnlyList<MonthlyActivity> Months);

public sealed record LoketDashboard(int EndingSoon, int AwaitingOutcome);
