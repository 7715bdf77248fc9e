using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.CircularLetters;

// A signed letter on its way to the companies: choosing the recipients (by default every active company operating
// in the programme area), distributing, and recording what each company answered, reminders included.
public sealed class LetterDistributionService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    private readonly LetterAccess access = new(factory, currentUser, clock);

    public async Task<IReadOnlyList<CompanyChoice>> ListCompanyChoicesAsync(CancellationToken ct = default)
    {
        await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var area = await ProgrammeAreaCompanyIdsAsync(db, ct);
        var companies = await db.Companies.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.LegalName)
            .Select(c => new { c.Id, c.LegalName, c.ContactPhone, c.ContactEmail }).ToListAsync(ct);
        return [.. companies.Select(c => new CompanyChoice(c.Id, c.LegalName, area.Contains(c.Id), c.ContactPhone, c.ContactEmail))];
    }

    // Default: every active company operating in a desa of the programme area (Jorong, Kintap).
    public async Task<IReadOnlyList<int>> DefaultRecipientIdsAsync(CancellationToken ct = default) =>
        [.. (await ListCompanyChoicesAsync(ct)).Where(c => c.InProgrammeArea).Select(c => c.Id)];

    public async Task SetRecipientsAsync(int id, IReadOnlyList<RecipientChoice> chosen, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var caller = await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await LetterAccess.LoadAsync(db, id, ct);
        var ids = chosen.Select(c => c.CompanyId).Distinct().ToList();
        var names = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.LegalName, ct);
        if (names.Count != ids.Count)
        {
            throw new NotFoundException("Perusahaan");
        }

        letter.SetRecipients(
            [.. chosen.DistinctBy(c => c.CompanyId).Select(c => (c.CompanyId, names[c.CompanyId], c.SuggestedWorkers, c.SuggestedMonths))],
            caller.UserId, caller.UserName, access.Now);
        await db.SaveOrConflictAsync(ct);
    }

    // The app does not send the letter: the office sends each company's PDF copy itself and records here when and how.
    public Task DistributeAsync(int id, DeliveryChannel channel, DateOnly? sentOn = null, CancellationToken ct = default) =>
        access.ChangeAsync(id, (l, c) => l.Distribute(NotInFuture(sentOn ?? Wita.Today(clock)), channel, c.UserId, c.UserName, access.Now), ct);

    public Task RecordSentAsync(int id, int companyId, DateOnly sentOn, DeliveryChannel channel, CancellationToken ct = default) =>
        access.ChangeAsync(id, (l, c) =>
        {
            NotInFuture(sentOn);
            l.RecordResponse(companyId, LetterEventKind.Terkirim, $"{IndonesianFormat.Date(sentOn)}, {DeliveryChannels.Label(channel)}", c.UserId, c.UserName, access.Now);
            l.Recipient(companyId).MarkSent(sentOn, channel);
        }, ct);

    // The company itself (Csr) may acknowledge and pledge on its own copy; the office may record it for them.
    public Task AcknowledgeAsync(int id, int companyId, DateOnly? on = null, CancellationToken ct = default) =>
        access.ChangeAsync(id, (l, c) =>
        {
            var date = on ?? Wita.Today(clock);
            l.RecordResponse(companyId, LetterEventKind.Diterima, IndonesianFormat.Date(date), c.UserId, c.UserName, access.Now);
            l.Recipient(companyId).Acknowledge(date);
        }, ct, companyId);

    public Task PledgeAsync(int id, int companyId, int workers, int months, CancellationToken ct = default) =>
        access.ChangeAsync(id, (l, c) =>
        {
            l.Recipient(companyId).Pledge(workers, months, Wita.Today(clock));
            l.RecordResponse(companyId, LetterEventKind.Komitmen, $"{IndonesianFormat.Thousands(workers)} pekerja × {months} bulan", c.UserId, c.UserName, access.Now);
        }, ct, companyId);

    public async Task<ReminderLinks> RemindAsync(int id, int companyId, CancellationToken ct = default)
    {
        string? number = null;
        string subject = "";
        await access.ChangeAsync(id, (l, c) =>
        {
            l.Recipient(companyId).Remind(Wita.Today(clock));
            l.RecordResponse(companyId, LetterEventKind.Pengingat, null, c.UserId, c.UserName, access.Now);
            number = l.Number;
            subject = l.Content.Subject;
        }, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId, ct);
        var text = $"Yth. Pimpinan {company.LegalName}, mengingatkan Surat Edaran Nomor {number} tentang {subject}. Mohon konfirmasi penerimaan dan rencana dukungan Saudara kepada Disnakerind Kabupaten Tanah Laut. Terima kasih.";
        var phone = PhoneForWa(company.ContactPhone);
        return new ReminderLinks(
            phone is null ? null : $"https://wa.me/{phone}?text={Uri.EscapeDataString(text)}",
            company.ContactEmail is null ? null : $"mailto:{company.ContactEmail}?subject={Uri.EscapeDataString("Pengingat Surat Edaran " + number)}&body={Uri.EscapeDataString(text)}");
    }

    private DateOnly NotInFuture(DateOnly sentOn) => sentOn <= Wita.Today(clock)
        ? sentOn
        : throw new DomainException("Tanggal kirim tidak boleh setelah hari ini: catat distribusi setelah surat benar-benar dikirim.");

    private static async Task<HashSet<int>> ProgrammeAreaCompanyIdsAsync(AppDbContext db, CancellationToken ct)
    {
        var kecamatan = await db.ProgrammeArea.AsNoTracking().Select(p => p.KecamatanCode).ToListAsync(ct);
        var desa = await db.Desa.AsNoTracking().Where(d => kecamatan.Contains(d.KecamatanCode)).Select(d => d.Code).ToListAsync(ct);
        var ids = await db.Companies.AsNoTracking().Where(c => c.IsActive && c.OperatingDesa.Any(d => desa.Contains(d.DesaCode))).Select(c => c.Id).ToListAsync(ct);
        return [.. ids];
    }

    private static string? PhoneForWa(string? phone)
    {
        var digits = string.Concat((phone ?? "").Where(char.IsAsciiDigit));
        if (digits.Length < 8)
        {
            return null;
        }

        return digits.StartsWith('0') ? "62" + digits[1..] : digits;
    }
}
