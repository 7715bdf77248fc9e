using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// What each desk brought about, month by month (WITA months): workers registered there, verified, adopted by a company
// for the first time, and how their sponsorships were handed over. Counted from the registry, never typed in.
public sealed class DeskReportService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock, AuditService audit)
{
    public const int MaxMonths = 24;

    private static readonly string[] Office = [Roles.Admin, Roles.Disnakerind];

    public async Task<DeskReport> ReportAsync(YearMonth from, YearMonth to, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        var months = Months(from, to);
        await using var db = await factory.CreateDbContextAsync(ct);
        var start = Wita.ToUtc(from.FirstDay);
        var end = Wita.ToUtc(to.AddMonths(1).FirstDay);

        var registered = await db.Workers.AsNoTracking()
            .Where(w => w.DeskId != null && w.RegisteredAtUtc >= start && w.RegisteredAtUtc < end)
            .Select(w => new Fact(w.DeskId!.Value, w.RegisteredAtUtc, w.Id))
            .ToListAsync(ct);
        var verified = await db.Workers.AsNoTracking()
            .Where(w => w.DeskId != null && w.VerifiedAtUtc >= start && w.VerifiedAtUtc < end)
            .Select(w => new Fact(w.DeskId!.Value, w.VerifiedAtUtc!.Value, w.Id))
            .ToListAsync(ct);
        // A first adoption, not an extension of an earlier sponsorship, and not one that was cancelled.
        var adopted = await (
                from s in db.Sponsorships.AsNoTracking()
                where s.CreatedAtUtc >= start && s.CreatedAtUtc < end && s.PreviousSponsorshipId == null && s.Status != SponsorshipStatus.Batal
                join w in db.Workers.AsNoTracking() on s.WorkerId equals w.Id
                where w.DeskId != null
                select new Fact(w.DeskId!.Value, s.CreatedAtUtc, w.Id))
            .ToListAsync(ct);
        var handovers = await (
                from s in db.Sponsorships.AsNoTracking()
                where s.OutcomeAtUtc >= start && s.OutcomeAtUtc < end && s.Outcome != null
                join w in db.Workers.AsNoTracking() on s.WorkerId equals w.Id
                where w.DeskId != null
                select new { Fact = new Fact(w.DeskId!.Value, s.OutcomeAtUtc!.Value, w.Id), Outcome = s.Outcome!.Value })
            .ToListAsync(ct);
        var desks = await db.Desks.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.IsActive }).ToListAsync(ct);

        static Dictionary<(int, YearMonth), int> Count(IEnumerable<Fact> facts) =>
            facts.GroupBy(f => (f.DeskId, MonthOf(f.AtUtc))).ToDictionary(g => g.Key, g => g.Select(f => f.WorkerId).Distinct().Count());
        var r = Count(registered);
        var v = Count(verified);
        var a = Count(adopted);
        var h = handovers.GroupBy(x => (x.Fact.DeskId, MonthOf(x.Fact.AtUtc), x.Outcome)).ToDictionary(g => g.Key, g => g.Count());

        var rows = new List<DeskReportRow>();
        foreach (var desk in desks)
        {
            foreach (var month in months)
            {
                var key = (desk.Id, month);
                rows.Add(new DeskReportRow(
                    desk.Id, desk.Name, month, r.GetValueOrDefault(key), v.GetValueOrDefault(key), a.GetValueOrDefault(key),
                    h.GetValueOrDefault((desk.Id, month, SponsorshipOutcome.Mandiri)), h.GetValueOrDefault((desk.Id, month, SponsorshipOutcome.Diperpanjang)),
                    h.GetValueOrDefault((desk.Id, month, SponsorshipOutcome.Dialihkan)), h.GetValueOrDefault((desk.Id, month, SponsorshipOutcome.Nonaktif))));
            }
        }

        return new DeskReport(from, to, months, rows);
    }

    public async Task<RenderedDocument> ExcelAsync(YearMonth from, YearMonth to, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var report = await ReportAsync(from, to, ct);
        ReportColumn[] columns =
        [
            new("Loket", ColumnKind.Text, 40), new("Bulan", ColumnKind.Text, 16), new("Didaftarkan", ColumnKind.Count, 12),
            new("Diverifikasi", ColumnKind.Count, 12), new("Diadopsi", ColumnKind.Count, 11), new("Lanjut Mandiri", ColumnKind.Count, 14),
            new("Diperpanjang", ColumnKind.Count, 13), new("Dialihkan", ColumnKind.Count, 11), new("Berhenti", ColumnKind.Count, 11),
        ];
        var period = $"{from.ToDisplayString()} – {to.ToDisplayString()}";
        var definition = new ReportDefinition("Laporan Loket", "Laporan Loket Layanan Satu Pintu", period,
            "Dicetak " + IndonesianFormat.DateTime(clock.GetUtcNow().UtcDateTime), columns);
        var content = await ExcelReportWriter.WriteAsync(definition, Rows(ct), progress, ct);
        await audit.RecordAsync(AuditService.Exported, definition.SheetName, "", period, ct);
        return new RenderedDocument($"laporan-loket-{from}-{to}.xlsx", content);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            foreach (var row in report.Rows)
            {
                token.ThrowIfCancellationRequested();
                yield return
                [
                    row.DeskName, row.Month.ToDisplayString(), row.Registered, row.Verified, row.Adopted, row.ContinuedAlone, row.Extended,
                    row.Transferred, row.Lapsed,
                ];
            }

            await Task.CompletedTask;
        }
    }

    // The months asked for, oldest first; a range the report cannot show is refused in words.
    public static IReadOnlyList<YearMonth> Months(YearMonth from, YearMonth to)
    {
        if (to < from)
        {
            throw new DomainException("Bulan akhir harus sama dengan atau sesudah bulan awal.");
        }

        var months = new List<YearMonth>();
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            if (months.Count == MaxMonths)
            {
                throw new DomainException($"Laporan loket paling panjang {MaxMonths} bulan. Persempit rentang bulannya.");
            }

            months.Add(m);
        }

        return months;
    }

    private static YearMonth MonthOf(DateTime utc) => YearMonth.FromDate(DateOnly.FromDateTime(Wita.FromUtc(utc)));

    private sealed record Fact(int DeskId, DateTime AtUtc, int WorkerId);
}

public sealed record DeskReport(YearMonth From, YearMonth To, IReadOnlyList<YearMonth> Months, IReadOnlyList<DeskReportRow> Rows);

// Hand-over outcomes are those recorded in the month: continued paying alone, extended by the company, moved to another
// funder, stopped.
public sealed record DeskReportRow(
    int DeskId, string DeskName, YearMonth Month, int Registered, int Verified, int Adopted, int ContinuedAlone, int Extended, int Transferred,
    int Lapsed);
