using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// The outreach report: for the sosialisasi held in a period, the conversion funnel of the companies present (answered a
// circular, pledged, adopted, paid) and the registrations from their desa, per activity and per kecamatan.
public sealed class OutreachReportService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock, AuditService audit)
{
    public const int MaxDays = 732;

    private static readonly string[] Office = [Roles.Admin, Roles.Disnakerind];

    public async Task<OutreachReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        if (to < from)
        {
            throw new DomainException("Tanggal akhir harus sama dengan atau sesudah tanggal awal.");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new DomainException("Laporan sosialisasi paling panjang dua tahun. Persempit rentang tanggalnya.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var held = await OutreachService.Filter(db, new OutreachQuery(Status: OutreachStatus.Terlaksana, From: from, To: to))
            .Include(a => a.Companies)
            .OrderBy(a => a.StartsAtUtc).ThenBy(a => a.Id)
            .ToListAsync(ct);
        var outcomes = await OutreachOutcomes.DeriveAsync(db, [.. held.Select(OutreachOutcomes.Of)], ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var activities = held.Select(a =>
        {
            var place = desa.GetValueOrDefault(a.DesaCode);
            return new OutreachReportRow(
                a.Id, a.Title, a.Audience, a.StartsAtUtc, place?.Name ?? a.DesaCode, a.KecamatanCode, place?.KecamatanName ?? "", a.Attendees ?? 0,
                outcomes[a.Id].Outcome);
        }).ToList();
        var kecamatan = activities.GroupBy(r => (r.KecamatanCode, r.KecamatanName))
            .OrderBy(g => g.Key.KecamatanName, StringComparer.Ordinal)
            .Select(g => new OutreachKecamatanRow(
                g.Key.KecamatanCode, g.Key.KecamatanName, g.Count(), g.Sum(r => r.Attendees), g.Sum(r => r.Outcome.CompaniesPresent),
                g.Sum(r => r.Outcome.Answered), g.Sum(r => r.Outcome.Pledged), g.Sum(r => r.Outcome.Adopted), g.Sum(r => r.Outcome.Paid),
                g.Sum(r => r.Outcome.WorkersAdopted), g.Sum(r => r.Outcome.RegisteredInDesaWithin60Days)))
            .ToList();
        return new OutreachReport(from, to, activities, kecamatan);
    }

    public async Task<RenderedDocument> ExcelAsync(DateOnly from, DateOnly to, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var report = await ReportAsync(from, to, ct);
        ReportColumn[] columns =
        [
            new("Tanggal", ColumnKind.DateTime, 17), new("Sosialisasi", ColumnKind.Text, 36), new("Sasaran", ColumnKind.Text, 20),
            new("Desa", ColumnKind.Text, 18), new("Kecamatan", ColumnKind.Text, 14), new("Peserta", ColumnKind.Count, 9),
            new("Perusahaan Hadir", ColumnKind.Count, 10), new("Menanggapi Surat", ColumnKind.Count, 10), new("Berkomitmen", ColumnKind.Count, 11),
            new("Mengadopsi", ColumnKind.Count, 11), new("Membayar", ColumnKind.Count, 10), new("Pekerja Diadopsi", ColumnKind.Count, 10),
            new("Pendaftar Desa 60 Hari", ColumnKind.Count, 12),
        ];
        var period = $"{IndonesianFormat.Date(from)} – {IndonesianFormat.Date(to)}";
        var definition = new ReportDefinition("Sosialisasi", "Laporan Sosialisasi dan Hasilnya", period,
            "Dicetak " + IndonesianFormat.DateTime(clock.GetUtcNow().UtcDateTime), columns);
        var content = await ExcelReportWriter.WriteAsync(definition, Rows(ct), progress, ct);
        await audit.RecordAsync(AuditService.Exported, definition.SheetName, "", period, ct);
        return new RenderedDocument($"laporan-sosialisasi-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.xlsx", content);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            foreach (var r in report.Activities)
            {
                token.ThrowIfCancellationRequested();
                var o = r.Outcome;
                yield return
                [
                    Wita.FromUtc(r.StartsAtUtc), r.Title, OutreachLabels.Audience(r.Audience), r.DesaName, r.KecamatanName, r.Attendees, o.CompaniesPresent,
                    o.Answered, o.Pledged, o.Adopted, o.Paid, o.WorkersAdopted, o.RegisteredInDesaWithin60Days,
                ];
            }

            await Task.CompletedTask;
        }
    }
}

public sealed record OutreachReport(DateOnly From, DateOnly To, IReadOnlyList<OutreachReportRow> Activities, IReadOnlyList<OutreachKecamatanRow> Kecamatan);

public sealed record OutreachReportRow(
    int Id, string Title, OutreachAudience Audience, DateTime StartsAtUtc, string DesaName, string KecamatanCode, string KecamatanName, int Attendees,
    OutreachOutcome Outcome);

public sealed record OutreachKecamatanRow(
    string KecamatanCode, string KecamatanName, int Activities, int Attendees, int CompaniesPresent, int Answered, int Pledged, int Adopted, int Paid,
    int WorkersAdopted, int RegisteredInDesa);
