using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// The public programme page and its interest form: anonymous by design. It shows no personal data and stores a lead,
// never a worker. The page limits submissions per address (the web layer knows the address); this limits per phone.
public sealed class InterestService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    // Declared incomes the page prices: the programme's usual range for informal workers.
    public static readonly IReadOnlyList<long> ExampleIncomes = [1_000_000, 2_000_000, 3_000_000];

    // One open interest per phone number: a second within this many days is answered, not stored again.
    public const int PhoneWindowDays = 30;

    public async Task<ProgrammeOverview> ProgrammeAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var month = YearMonth.FromDate(Wita.Today(clock));
        var rates = (await db.RateVersions.AsNoTracking().Include(r => r.DiscountWindows).ToListAsync(ct)).Select(r => r.ToRateVersion()).ToList();
        var examples = ExampleIncomes.Select(income =>
        {
            var without = ContributionCalculator.Calculate(rates, new ContributionRequest(income, Sector.NonTransport, false, FundingSource.Mandiri, month, false));
            var with = ContributionCalculator.Calculate(rates, new ContributionRequest(income, Sector.NonTransport, true, FundingSource.Mandiri, month, false));
            return new ContributionExample(income, without.Total, with.Total, without.Discount > 0);
        }).ToList();
        var desa = await DesaLookup.LoadAsync(db, ct);
        var desks = await db.Desks.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.KecamatanCode).ThenBy(d => d.Name).ToListAsync(ct);
        return new ProgrammeOverview(month, examples, [.. desks.Select(d => new PublicDesk(
            d.Name, desa.GetValueOrDefault(d.DesaCode)?.Name ?? d.DesaCode, desa.GetValueOrDefault(d.DesaCode)?.KecamatanName ?? "", d.Address,
            DeskHours.Describe(d.OpeningDays, d.OpensAt, d.ClosesAt), d.Phone))],
            [.. desa.Values.OrderBy(d => d.KecamatanName, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)
                .Select(d => new PublicDesa(d.Code, d.Name, d.KecamatanName))]);
    }

    // Stores the interest as a lead. Refusals come back as InterestValidationException (field by field) or
    // DomainException (the whole form), in Indonesian; nothing is stored then.
    public async Task SubmitAsync(InterestForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await factory.CreateDbContextAsync(ct);
        var errors = new List<FieldIssue>();
        void Fail(string field, string message) => errors.Add(new FieldIssue(field, message));

        var name = OneLineText.Clean(form.FullName);
        if (name.Length == 0)
        {
            Fail(nameof(InterestForm.FullName), "Tuliskan nama Anda.");
        }
        else if (name.Length > Lead.NameMax)
        {
            Fail(nameof(InterestForm.FullName), $"Nama paling banyak {Lead.NameMax} huruf.");
        }

        var desa = await DesaLookup.LoadAsync(db, ct);
        DesaInfo? place = null;
        if (string.IsNullOrWhiteSpace(form.DesaCode) || !desa.TryGetValue(form.DesaCode, out place))
        {
            Fail(nameof(InterestForm.DesaCode), "Pilih desa/kelurahan tempat Anda tinggal.");
        }

        if (Occupations.Find(form.OccupationCode) is null)
        {
            Fail(nameof(InterestForm.OccupationCode), "Pilih pekerjaan Anda.");
        }

        var phone = PhoneNumber.Normalize(form.Phone);
        if (string.IsNullOrWhiteSpace(form.Phone))
        {
            Fail(nameof(InterestForm.Phone), "Tuliskan nomor HP agar petugas loket dapat menghubungi Anda.");
        }
        else if (phone.Error is not null)
        {
            Fail(nameof(InterestForm.Phone), phone.Error);
        }

        var note = form.Note is null ? "" : UserText.Sanitize(form.Note).Trim();
        if (note.Length > Lead.NoteMax)
        {
            Fail(nameof(InterestForm.Note), $"Catatan paling banyak {Lead.NoteMax} huruf.");
        }

        if (!form.Consent)
        {
            Fail(nameof(InterestForm.Consent), "Centang persetujuan agar data Anda boleh kami simpan. Tanpa persetujuan, formulir tidak dapat dikirim.");
        }

        if (errors.Count > 0)
        {
            throw new InterestValidationException(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-PhoneWindowDays);
        if (await db.Leads.AnyAsync(l => l.Phone == phone.Value && l.CreatedAtUtc >= since, ct))
        {
            throw new DomainException(
                $"Nomor HP ini sudah mendaftarkan minat dalam {PhoneWindowDays} hari terakhir. Petugas loket akan menghubungi Anda; tidak perlu mengirim lagi.");
        }

        db.Leads.Add(Lead.FromInterest(
            new LeadData(name, place!.Code, place.KecamatanCode, form.OccupationCode!, phone.Value!, note.Length == 0 ? null : note), LeadConsent.Version, now));
        await db.SaveChangesAsync(ct);
    }
}
