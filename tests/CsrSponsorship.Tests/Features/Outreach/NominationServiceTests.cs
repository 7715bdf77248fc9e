using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Outreach;

// Nominations in bulk (issue 21, part 5): a village officer's list through the template becomes leads; every bad row is
// reported by row in Indonesian, and only valid rows are stored, all at once. Both engines.
public abstract class NominationServiceTests : AppOnEachEngine
{
    private NominationService Nominations => App.Get<NominationService>();

    [Fact]
    public async Task A_village_list_becomes_leads_and_each_bad_row_is_reported_by_row()
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-nominasi");
        await App.Get<InterestService>().SubmitAsync(new InterestForm
        {
            FullName = "Sudah Mengisi", DesaCode = "63.01.05.2004", OccupationCode = "petani", Phone = "081299990001", Consent = true,
        });
        var file = await FileAsync(
            ["Rusdi Anwar", "Liang Anggang", "Petani/Pekebun", "0813-1111-0001", "Ya", ""],
            ["Siti Aminah", "63.01.05.2004", "pedagang", "0813-1111-0002", "ya", "Penjual sayur"],
            ["Tanpa Setuju", "Liang Anggang", "petani", "0813-1111-0003", "Tidak", ""],
            ["Desa Asing", "Desa Tidak Ada", "petani", "0813-1111-0004", "Ya", ""],
            ["Nomor Kembar", "Liang Anggang", "petani", "0813-1111-0002", "Ya", ""],
            ["Sudah Peminat", "Liang Anggang", "petani", "0812-9999-0001", "Ya", ""]);

        var preview = await Nominations.PreviewAsync(new MemoryStream(file), "daftar-liang-anggang.xlsx", file.Length);

        Assert.Equal((2, 4), (preview.ValidCount, preview.ErrorCount));
        var problems = preview.Rows.Where(r => r.Errors.Count > 0).ToDictionary(r => r.RowNumber, r => Assert.Single(r.Errors));
        Assert.Equal([4, 5, 6, 7], problems.Keys);
        Assert.StartsWith("Setuju Dihubungi bukan Ya", problems[4], StringComparison.Ordinal);
        Assert.StartsWith("Desa \"Desa Tidak Ada\" tidak dikenal", problems[5], StringComparison.Ordinal);
        Assert.StartsWith("No. HP ini sudah ada di baris lain", problems[6], StringComparison.Ordinal);
        Assert.StartsWith("No. HP ini sudah terdaftar sebagai peminat", problems[7], StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Nominations.ImportAsync(preview, " "));
        Assert.StartsWith("Tuliskan siapa yang menyerahkan daftar ini", refused.Message, StringComparison.Ordinal);

        Assert.Equal(2, await Nominations.ImportAsync(preview, "Kepala Desa Liang Anggang"));

        await using var db = await App.DbAsync();
        var nominated = await db.Leads.Where(l => l.Source == LeadSource.Nominasi).OrderBy(l => l.FullName).ToListAsync();
        Assert.Equal(["Rusdi Anwar", "Siti Aminah"], nominated.Select(l => l.FullName));
        Assert.All(nominated, l => Assert.Equal(("Kepala Desa Liang Anggang", LeadConsent.Nominated, "63.01.05"), (l.NominatedBy, l.ConsentVersion, l.KecamatanCode)));
        using var report = new XLWorkbook(new MemoryStream(Nominations.BuildErrorReport(preview)));
        Assert.Contains(report.Worksheet(1).CellsUsed(), c => c.GetString().Contains("Setuju Dihubungi bukan Ya", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_list_without_the_templates_columns_is_refused_and_importing_the_same_list_twice_stores_nothing_the_second_time()
    {
        App.ActAs(Roles.Loket, userId: "loket-nominasi");
        using (var wrong = new XLWorkbook())
        {
            wrong.AddWorksheet("Daftar").Cell(1, 1).SetValue("Nama");
            using var stream = new MemoryStream();
            wrong.SaveAs(stream);
            var bytes = stream.ToArray();
            var missing = await Assert.ThrowsAsync<DomainException>(() => Nominations.PreviewAsync(new MemoryStream(bytes), "salah.xlsx", bytes.Length));
            Assert.StartsWith("Kolom berikut tidak ditemukan pada baris judul (baris 1): Nama Lengkap, Desa, Pekerjaan, No. HP, Setuju Dihubungi.", missing.Message, StringComparison.Ordinal);
        }

        var file = await FileAsync(["Budi Santoso", "Liang Anggang", "petani", "0813-2222-0001", "Ya", ""]);
        var first = await Nominations.PreviewAsync(new MemoryStream(file), "daftar.xlsx", file.Length);
        var second = await Nominations.PreviewAsync(new MemoryStream(file), "daftar.xlsx", file.Length);
        await Nominations.ImportAsync(first, "Ketua Rukun Kematian Al-Ikhlas");

        var again = await Assert.ThrowsAsync<DomainException>(() => Nominations.ImportAsync(second, "Ketua Rukun Kematian Al-Ikhlas"));

        Assert.StartsWith("Data berubah sejak pratinjau", again.Message, StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Leads.CountAsync());
    }

    // The app's own template with these rows on its data sheet.
    private async Task<byte[]> FileAsync(params string[][] rows)
    {
        using var book = new XLWorkbook(new MemoryStream(await Nominations.BuildTemplateAsync()));
        var sheet = book.Worksheet("Daftar");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
            }
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}

public sealed class NominationServiceOnSqliteTests : NominationServiceTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();
}

[Trait("Category", "Postgres")]
public sealed class NominationServiceOnPostgreSqlTests(PostgresDatabases postgres) : NominationServiceTests, IClassFixture<PostgresDatabases>
{
    protected override async Task<TestApp> StartAsync() => await TestApp.StartOnPostgresAsync(await postgres.CreateAsync());
}
