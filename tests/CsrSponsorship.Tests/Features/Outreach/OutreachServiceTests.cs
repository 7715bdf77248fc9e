using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.CircularLetters;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Outreach;

// Sosialisasi (issue 21, part 2): planned, held or cancelled, and what each brought about derived from the letters, the
// adoptions, the payments and the registry. The same body runs on SQLite and, as Category=Postgres, on PostgreSQL.
public abstract class OutreachServiceTests : AppOnEachEngine
{
    private const string SungaiCuka = "63.01.07.2004";
    private const string Kintap = "63.01.07";

    private OutreachService Outreach => App.Get<OutreachService>();

    [Fact]
    public async Task A_sosialisasi_with_bad_fields_is_refused_field_by_field_and_nothing_is_saved()
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-plan");

        var refusal = await Assert.ThrowsAsync<OutreachValidationException>(() => Outreach.CreateAsync(new OutreachDraft
        {
            Title = " ", Audience = OutreachAudience.KunjunganPerusahaan, Date = null, DesaCode = "63.01.99.9999", Team = "",
        }));

        Assert.Equal(
            [nameof(OutreachDraft.Title), nameof(OutreachDraft.Date), nameof(OutreachDraft.DesaCode), nameof(OutreachDraft.Team), nameof(OutreachDraft.CompanyIds)],
            refusal.Errors.Select(e => e.Field));
        Assert.Equal(0, (await Outreach.ListAsync(new OutreachQuery())).TotalCount);
    }

    [Fact]
    public async Task Three_companies_at_a_Kintap_sosialisasi_one_later_pledges_and_adopts_and_the_report_shows_one_of_three_converted()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 10));
        var companies = new[]
        {
            await App.CompanyAsync("PT Satu Kintap", SungaiCuka), await App.CompanyAsync("PT Dua Kintap", SungaiCuka),
            await App.CompanyAsync("PT Tiga Kintap", SungaiCuka),
        };
        // A worker of the desa registered before the sosialisasi does not count for it.
        await App.VerifiedWorkerAsync(SungaiCuka);
        var letter = await SignedLetterAsync(companies);
        App.ActAs(Roles.Disnakerind, userId: "disnaker-plan");
        var id = await Outreach.CreateAsync(Draft("Sosialisasi BPU Sungai Cuka", new DateOnly(2026, 6, 15), companies));

        App.Clock.SetWitaDate(new DateOnly(2026, 6, 15));
        App.Clock.Advance(TimeSpan.FromHours(3));
        await Outreach.MarkHeldAsync(id, 42, (await Outreach.GetAsync(id)).Version);
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 20));
        var workers = await App.VerifiedWorkersAsync(2, SungaiCuka);
        App.ActAsCsrOf(companies[1]);
        await App.Get<LetterDistributionService>().AcknowledgeAsync(letter, companies[1].Id);
        await App.Get<LetterDistributionService>().PledgeAsync(letter, companies[1].Id, 2, 6);
        await App.Get<AdoptionService>().SubmitAsync(new AdoptionRequest(workers, new AdoptionTerms(false, new YearMonth(2026, 7), 6)));

        App.ActAs(Roles.Disnakerind, userId: "disnaker-plan");
        var detail = await Outreach.GetAsync(id);
        var report = await App.Get<OutreachReportService>().ReportAsync(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

        Assert.Equal(OutreachStatus.Terlaksana, detail.Status);
        Assert.Equal(42, detail.Attendees);
        Assert.Equal(new OutreachOutcome(3, 1, 1, 1, 0, 2, 2), detail.Outcome);
        Assert.Equal("PT Dua Kintap", Assert.Single(detail.Companies, c => c.Pledged).CompanyName);
        Assert.Equal(2, Assert.Single(detail.Companies, c => c.WorkersAdopted > 0).WorkersAdopted);
        var kintap = Assert.Single(report.Kecamatan);
        Assert.Equal((Kintap, 1, 3, 1), (kintap.KecamatanCode, kintap.Activities, kintap.CompaniesPresent, kintap.Adopted));
        Assert.Equal(2, Assert.Single(report.Activities).Outcome.RegisteredInDesaWithin60Days);

        var excel = await App.Get<OutreachReportService>().ExcelAsync(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(excel.Content));
        Assert.Contains(book.Worksheet(1).CellsUsed(), c => c.GetString() == "Sosialisasi BPU Sungai Cuka");
    }

    [Fact]
    public async Task What_a_company_did_before_the_sosialisasi_is_not_counted_for_it()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var company = await App.CompanyAsync("PT Sudah Duluan", SungaiCuka);
        var letter = await SignedLetterAsync([company]);
        var workers = await App.VerifiedWorkersAsync(1, SungaiCuka);
        App.ActAsCsrOf(company);
        await App.Get<LetterDistributionService>().PledgeAsync(letter, company.Id, 1, 6);
        await App.Get<AdoptionService>().SubmitAsync(new AdoptionRequest(workers, new AdoptionTerms(false, new YearMonth(2026, 7), 6)));

        App.Clock.SetWitaDate(new DateOnly(2026, 6, 12));
        App.ActAs(Roles.Disnakerind, userId: "disnaker-plan");
        var id = await Outreach.CreateAsync(Draft("Kunjungan sesudah komitmen", new DateOnly(2026, 6, 12), [company]));
        await Outreach.MarkHeldAsync(id, 5, (await Outreach.GetAsync(id)).Version);

        Assert.Equal(new OutreachOutcome(1, 0, 0, 0, 0, 0, 0), (await Outreach.GetAsync(id)).Outcome);
    }

    [Fact]
    public async Task A_sosialisasi_is_held_on_its_day_not_before_and_a_cancelled_one_stays_cancelled()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        App.ActAs(Roles.Disnakerind, userId: "disnaker-plan");
        var company = await App.CompanyAsync("PT Rencana", SungaiCuka);
        var id = await Outreach.CreateAsync(Draft("Pertemuan yang batal", new DateOnly(2026, 6, 20), [company]));

        var early = await Assert.ThrowsAsync<DomainException>(async () => await Outreach.MarkHeldAsync(id, 10, (await Outreach.GetAsync(id)).Version));
        var noReason = await Assert.ThrowsAsync<DomainException>(async () => await Outreach.CancelAsync(id, "  ", (await Outreach.GetAsync(id)).Version));
        await Outreach.CancelAsync(id, "Jalan ke Sungai Cuka terputus banjir", (await Outreach.GetAsync(id)).Version);
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 21));
        var held = await Assert.ThrowsAsync<DomainException>(async () => await Outreach.MarkHeldAsync(id, 10, (await Outreach.GetAsync(id)).Version));

        Assert.Equal("Sosialisasi belum dimulai. Catat terlaksana pada atau sesudah waktunya.", early.Message);
        Assert.Equal("Tuliskan alasan pembatalan.", noReason.Message);
        Assert.Equal("Sosialisasi yang dibatalkan tidak dapat dicatat terlaksana.", held.Message);
        var detail = await Outreach.GetAsync(id);
        Assert.Equal((OutreachStatus.Dibatalkan, "Jalan ke Sungai Cuka terputus banjir"), (detail.Status, detail.CancelReason));
        Assert.Null(detail.Outcome);
    }

    [Fact]
    public async Task The_calendar_places_a_sosialisasi_on_its_WITA_day_and_filters_by_kecamatan()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 7, 1));
        App.ActAs(Roles.Disnakerind, userId: "disnaker-plan");
        // 1 August 07.00 WITA is still 31 July in UTC.
        var draft = Draft("Pertemuan pagi", new DateOnly(2026, 8, 1), []);
        draft.Audience = OutreachAudience.PertemuanDesa;
        draft.Time = new TimeOnly(7, 0);
        var id = await Outreach.CreateAsync(draft);

        var july = await Outreach.CalendarAsync(2026, 7);
        var august = await Outreach.CalendarAsync(2026, 8);
        var elsewhere = await Outreach.CalendarAsync(2026, 8, "63.01.02");

        Assert.Empty(july);
        Assert.Equal((id, "Kintap"), (Assert.Single(august).Id, august[0].KecamatanName));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task An_agenda_and_an_attendance_photo_are_kept_by_content_type_and_anything_else_is_refused()
    {
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        App.ActAs(Roles.Disnakerind, userId: "disnaker-plan");
        var company = await App.CompanyAsync("PT Lampiran", SungaiCuka);
        var id = await Outreach.CreateAsync(Draft("Sosialisasi berlampiran", new DateOnly(2026, 6, 20), [company]));
        byte[] agenda = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[2048]];
        byte[] photo = [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[4096]];

        var pdf = await Outreach.AddAttachmentAsync(id, @"C:\Users\rahmah\Dokumen\agenda.pdf", agenda);
        await Outreach.AddAttachmentAsync(id, "daftar-hadir.jpg", photo);
        var html = await Assert.ThrowsAsync<DomainException>(() => Outreach.AddAttachmentAsync(id, "agenda.pdf", "<html><script>"u8.ToArray()));
        var large = await Assert.ThrowsAsync<DomainException>(() => Outreach.AddAttachmentAsync(id, "besar.pdf", [.. "%PDF-"u8.ToArray(), .. new byte[OutreachAttachment.MaxBytes]]));

        Assert.StartsWith("Lampiran harus berupa berkas PDF, JPG atau PNG", html.Message, StringComparison.Ordinal);
        Assert.StartsWith("Lampiran paling besar 5 MB", large.Message, StringComparison.Ordinal);
        var detail = await Outreach.GetAsync(id);
        Assert.Equal([("agenda.pdf", "application/pdf"), ("daftar-hadir.jpg", "image/jpeg")], detail.Attachments.Select(a => (a.FileName, a.ContentType)));
        var file = await Outreach.GetAttachmentAsync(id, pdf);
        Assert.Equal(agenda, file.Content);
        await Assert.ThrowsAsync<NotFoundException>(() => Outreach.GetAttachmentAsync(id + 1000, pdf));

        await Outreach.RemoveAttachmentAsync(id, pdf);
        Assert.Equal(["daftar-hadir.jpg"], (await Outreach.GetAsync(id)).Attachments.Select(a => a.FileName));
    }

    private static OutreachDraft Draft(string title, DateOnly date, Company[] companies) => new()
    {
        Title = title, Audience = OutreachAudience.KunjunganPerusahaan, Date = date, Time = new TimeOnly(9, 0), DesaCode = SungaiCuka,
        Team = "Disnakerind dan BPJS Ketenagakerjaan Cabang Tanah Laut", CompanyIds = [.. companies.Select(c => c.Id)],
    };

    private async Task<int> SignedLetterAsync(Company[] recipients)
    {
        var caller = App.CurrentUser.Caller;
        var letters = App.Get<CircularLetterService>();
        var distribution = App.Get<LetterDistributionService>();
        App.InvoiceActAsDrafter();
        var id = await letters.CreateDraftAsync(letters.NewFromTemplate() with { Signer = CircularLetterPdfTests.KepalaDinas });
        await letters.SubmitAsync(id);
        App.ActAsAdmin();
        await letters.ApproveAsync(id);
        await letters.SignAsync(id);
        await distribution.SetRecipientsAsync(id, [.. recipients.Select(c => new RecipientChoice(c.Id))]);
        await distribution.DistributeAsync(id, DeliveryChannel.Email);
        App.CurrentUser.Caller = caller;
        return id;
    }
}

public sealed class OutreachServiceOnSqliteTests : OutreachServiceTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();
}

[Trait("Category", "Postgres")]
public sealed class OutreachServiceOnPostgreSqlTests(PostgresDatabases postgres) : OutreachServiceTests, IClassFixture<PostgresDatabases>
{
    protected override async Task<TestApp> StartAsync() => await TestApp.StartOnPostgresAsync(await postgres.CreateAsync());
}
