using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Companies;

public sealed class CompanyServiceTests : IAsyncLifetime
{
    private const string AsamAsam = "63.01.02.2003";
    private const string Swarangan = "63.01.02.2005";
    private const string SungaiCuka = "63.01.07.2004";
    private const string SebambanBaru = "63.01.07.2014";

    private TestApp app = default!;

    private CompanyService Companies => app.Get<CompanyService>();

    public async Task InitializeAsync() => app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_legacy_15_digit_NPWP_with_punctuation_is_stored_in_its_16_digit_form()
    {
        app.ActAs(Roles.Disnakerind);

        var id = await Companies.CreateAsync(Draft("PT Bara Uji", "01.234.567.8-901.000"));

        var company = await Companies.GetAsync(id);
        Assert.Equal("0012345678901000", company.Npwp);
        Assert.Equal("0012.3456.7890.1000", NpwpNumber.Display(company.Npwp!));
    }

    [Theory]
    [InlineData("01.234.567", "NPWP harus 15 atau 16 angka.")]
    [InlineData("01.234.567.8-901.00X", "NPWP hanya boleh berisi angka, titik dan tanda hubung.")]
    [InlineData("", "NPWP wajib diisi.")]
    public async Task A_bad_NPWP_is_refused_with_a_message_for_the_field(string npwp, string message)
    {
        app.ActAs(Roles.Disnakerind);

        var ex = await Assert.ThrowsAsync<CompanyValidationException>(() => Companies.CreateAsync(Draft("PT Salah Ketik", npwp)));

        var issue = Assert.Single(ex.Errors);
        Assert.Equal(nameof(CompanyDraft.Npwp), issue.Field);
        Assert.Equal(message, issue.Message);
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task A_duplicate_NPWP_names_the_company_that_already_holds_it()
    {
        await app.InsertAsync(new CompanyBuilder().Named("PT Sudah Ada").WithNpwp("0912345678901000").Build());
        app.ActAs(Roles.Disnakerind);

        // The same number typed the old 15-digit way is still the same taxpayer.
        var ex = await Assert.ThrowsAsync<CompanyValidationException>(() => Companies.CreateAsync(Draft("PT Baru", "91.234.567.8-901.000")));

        var issue = Assert.Single(ex.Errors);
        Assert.Equal(nameof(CompanyDraft.Npwp), issue.Field);
        Assert.StartsWith("NPWP ini sudah dipakai oleh PT Sudah Ada.", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Csr_officer_taking_another_companys_NPWP_is_not_told_which_company_holds_it()
    {
        await app.InsertAsync(new CompanyBuilder().Named("PT Rahasia").WithNpwp("0923456789012000").Build());
        var mine = await app.InsertAsync(new CompanyBuilder().Named("PT Mine").OperatingIn(AsamAsam).Build());
        app.ActAs(Roles.Csr, mine.Id);
        var edit = await Companies.GetEditFormAsync(mine.Id);
        edit.Draft.Npwp = "0923456789012000";

        var ex = await Assert.ThrowsAsync<CompanyValidationException>(() => Companies.UpdateAsync(mine.Id, edit.Draft, edit.Version));

        Assert.DoesNotContain("PT Rahasia", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sudah dipakai oleh perusahaan lain", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeping_its_own_NPWP_is_not_a_duplicate()
    {
        app.ActAs(Roles.Disnakerind);
        var id = await Companies.CreateAsync(Draft("PT Tetap", "0934567890123000"));
        var edit = await Companies.GetEditFormAsync(id);
        edit.Draft.Npwp = "0934.5678.9012.3000";

        await Companies.UpdateAsync(id, edit.Draft, edit.Version);

        Assert.Equal("0934567890123000", (await Companies.GetAsync(id)).Npwp);
    }

    [Fact]
    public async Task A_Csr_officer_updates_its_own_company()
    {
        var mine = await app.InsertAsync(new CompanyBuilder().Named("PT Mine").OperatingIn(AsamAsam).Build());
        app.ActAs(Roles.Csr, mine.Id);

        var edit = await Companies.GetEditFormAsync(mine.Id);
        edit.Draft.Sector = CompanySector.Tambang;
        edit.Draft.ContactName = "Rudi Hartono";
        edit.Draft.ContactPhone = "0812-3456-7890";
        edit.Draft.ContactEmail = "csr@mine.example";
        edit.Draft.AnnualCsrBudget = 150_000_000;
        edit.Draft.OperatingDesaCodes = [AsamAsam, SungaiCuka];
        await Companies.UpdateAsync(mine.Id, edit.Draft, edit.Version);

        var company = await Companies.GetMineDetailAsync();
        Assert.Equal("Rudi Hartono", company.ContactName);
        Assert.Equal("6281234567890", company.ContactPhone);
        Assert.Equal(150_000_000, company.AnnualCsrBudget);
        Assert.Equal(CompanySector.Tambang, company.Sector);
        Assert.Equal([("Asam-Asam", "Jorong"), ("Sungai Cuka", "Kintap")], company.OperatingDesa.Select(d => (d.Name, d.KecamatanName)));
        Assert.True(company.CanEdit);
        Assert.False(company.CanSetActive);
    }

    [Fact]
    public async Task Another_companys_id_answers_not_found_to_a_Csr_officer_for_reading_and_for_writing()
    {
        var mine = await app.InsertAsync(new CompanyBuilder().Named("PT Mine").OperatingIn(AsamAsam).Build());
        var other = await app.InsertAsync(new CompanyBuilder().Named("PT Other").OperatingIn(SungaiCuka).Build());
        app.ActAs(Roles.Csr, mine.Id);

        var read = await Assert.ThrowsAsync<NotFoundException>(() => Companies.GetAsync(other.Id));
        var form = await Assert.ThrowsAsync<NotFoundException>(() => Companies.GetEditFormAsync(other.Id));
        var write = await Assert.ThrowsAsync<NotFoundException>(() => Companies.UpdateAsync(other.Id, Draft("PT Other", "0945678901234000"), other.Version));

        Assert.All(new[] { read, form, write }, ex => Assert.Equal("Perusahaan tidak ditemukan.", ex.Message));
        app.ActAs(Roles.Disnakerind);
        Assert.Equal("PT Other", (await Companies.GetAsync(other.Id)).LegalName);
    }

    [Fact]
    public async Task A_Csr_officer_cannot_switch_its_own_company_off_or_on()
    {
        var mine = await app.InsertAsync(new CompanyBuilder().Named("PT Mine").OperatingIn(AsamAsam).Build());
        app.ActAs(Roles.Csr, mine.Id);

        var edit = await Companies.GetEditFormAsync(mine.Id);
        edit.Draft.IsActive = false;
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.UpdateAsync(mine.Id, edit.Draft, edit.Version));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.SetActiveAsync(mine.Id, false));

        Assert.True((await Companies.GetMineDetailAsync()).IsActive);
    }

    [Fact]
    public async Task Disnakerind_deactivates_a_company_and_it_leaves_the_pickers()
    {
        var company = await app.InsertAsync(new CompanyBuilder().Named("PT Berhenti").OperatingIn(AsamAsam).Build());
        app.ActAs(Roles.Disnakerind);

        await Companies.SetActiveAsync(company.Id, false);

        Assert.False((await Companies.GetAsync(company.Id)).IsActive);
        Assert.DoesNotContain(await Companies.ListActiveOptionsAsync(), o => o.Id == company.Id);

        await Companies.SetActiveAsync(company.Id, true);
        Assert.Contains(await Companies.ListActiveOptionsAsync(), o => o.Id == company.Id);
    }

    [Fact]
    public async Task Desk_officers_are_refused_everything_and_finance_may_only_read()
    {
        var company = await app.InsertAsync(new CompanyBuilder().OperatingIn(AsamAsam).Build());

        app.ActAs(Roles.Loket);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.ListAsync(new CompanyQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.GetAsync(company.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.GetEditFormAsync(company.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.CreateAsync(Draft("PT Loket", "0956789012345000")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.UpdateAsync(company.Id, Draft("PT Loket", "0956789012345000"), company.Version));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.SetActiveAsync(company.Id, false));

        app.ActAs(Roles.Keuangan);
        Assert.Single((await Companies.ListAsync(new CompanyQuery())).Items);
        Assert.False((await Companies.GetAsync(company.Id)).CanEdit);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.CreateAsync(Draft("PT Keuangan", "0956789012345000")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.UpdateAsync(company.Id, Draft("PT Keuangan", "0956789012345000"), company.Version));

        app.ActAs(Roles.Csr, company.Id);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.CreateAsync(Draft("PT Anak", "0956789012345000")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Companies.ListAsync(new CompanyQuery()));
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_is_a_conflict()
    {
        app.ActAs(Roles.Disnakerind);
        var id = await Companies.CreateAsync(Draft("PT Rebutan", "0967890123456000"));
        var first = await Companies.GetEditFormAsync(id);
        var second = await Companies.GetEditFormAsync(id);

        first.Draft.ContactName = "Petugas Pertama";
        await Companies.UpdateAsync(id, first.Draft, first.Version);

        second.Draft.ContactName = "Petugas Kedua";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Companies.UpdateAsync(id, second.Draft, second.Version));
        Assert.Equal("Petugas Pertama", (await Companies.GetAsync(id)).ContactName);
    }

    [Fact]
    public async Task Changing_only_the_operating_desa_still_detects_a_stale_form()
    {
        app.ActAs(Roles.Disnakerind);
        var id = await Companies.CreateAsync(Draft("PT Rebutan Desa", "0978901234567000"));
        var stale = await Companies.GetEditFormAsync(id);
        var fresh = await Companies.GetEditFormAsync(id);
        fresh.Draft.ContactName = "Sudah Diubah";
        await Companies.UpdateAsync(id, fresh.Draft, fresh.Version);

        stale.Draft.OperatingDesaCodes = [SebambanBaru];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Companies.UpdateAsync(id, stale.Draft, stale.Version));

        Assert.Equal([AsamAsam], (await Companies.GetAsync(id)).OperatingDesa.Select(d => d.Code));
    }

    [Fact]
    public async Task At_least_one_operating_desa_is_required()
    {
        app.ActAs(Roles.Disnakerind);
        var draft = Draft("PT Tanpa Desa", "0989012345678000");
        draft.OperatingDesaCodes = [];

        var ex = await Assert.ThrowsAsync<CompanyValidationException>(() => Companies.CreateAsync(draft));

        var issue = Assert.Single(ex.Errors);
        Assert.Equal(nameof(CompanyDraft.OperatingDesaCodes), issue.Field);
        Assert.Equal("Pilih minimal satu desa tempat perusahaan beroperasi.", issue.Message);
    }

    [Theory]
    [InlineData("63.72.06.1001")] // Kecamatan Liang Anggang of Kota Banjarbaru, not Tanah Laut
    [InlineData("6301022003")]
    public async Task An_operating_desa_must_be_an_official_Tanah_Laut_code(string code)
    {
        app.ActAs(Roles.Disnakerind);
        var draft = Draft("PT Salah Desa", "0990123456789000");
        draft.OperatingDesaCodes = [AsamAsam, code];

        var ex = await Assert.ThrowsAsync<CompanyValidationException>(() => Companies.CreateAsync(draft));

        var issue = Assert.Single(ex.Errors);
        Assert.Equal(nameof(CompanyDraft.OperatingDesaCodes), issue.Field);
        Assert.Contains(code, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_missing_or_wrong_field_is_reported_at_once()
    {
        app.ActAs(Roles.Disnakerind);
        var draft = new CompanyDraft { Nib = "12345", ContactPhone = "021-555-1234", ContactEmail = "bukan email", AnnualCsrBudget = -1 };

        var ex = await Assert.ThrowsAsync<CompanyValidationException>(() => Companies.CreateAsync(draft));

        Assert.Equal(
            [
                nameof(CompanyDraft.LegalName), nameof(CompanyDraft.Npwp), nameof(CompanyDraft.Nib), nameof(CompanyDraft.Sector),
                nameof(CompanyDraft.Address), nameof(CompanyDraft.ContactName), nameof(CompanyDraft.ContactPhone),
                nameof(CompanyDraft.ContactEmail), nameof(CompanyDraft.AnnualCsrBudget), nameof(CompanyDraft.OperatingDesaCodes),
            ],
            ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task The_list_filters_by_name_NPWP_sector_kecamatan_and_status()
    {
        await app.InsertAsync(new CompanyBuilder().Named("PT Bara Jorong").WithNpwp("0923456789012000").InSector(CompanySector.Tambang).OperatingIn(Swarangan).Build());
        await app.InsertAsync(new CompanyBuilder().Named("PT Pelabuhan Kintap").WithNpwp("0956789012345000").OperatingIn(SebambanBaru, SungaiCuka).Build());
        await app.InsertAsync(new CompanyBuilder().Named("PT Bara Lama").WithNpwp("0934567890123000").OperatingIn(SungaiCuka).Inactive().Build());
        app.ActAs(Roles.Disnakerind);

        Assert.Equal(["PT Bara Jorong", "PT Bara Lama"], (await Names(new CompanyQuery(Search: "bara"))).Select(r => r.LegalName));
        Assert.Equal(["PT Pelabuhan Kintap"], (await Names(new CompanyQuery(Search: "95.678.901.2-345.000"))).Select(r => r.LegalName));
        Assert.Equal(["PT Bara Lama"], (await Names(new CompanyQuery(Search: "4567890123"))).Select(r => r.LegalName));
        Assert.Equal(["PT Bara Jorong"], (await Names(new CompanyQuery(Sector: CompanySector.Tambang))).Select(r => r.LegalName));
        Assert.Equal(["PT Bara Lama", "PT Pelabuhan Kintap"], (await Names(new CompanyQuery(KecamatanCode: "63.01.07"))).Select(r => r.LegalName));
        Assert.Equal(["PT Bara Jorong", "PT Pelabuhan Kintap"], (await Names(new CompanyQuery(IsActive: true))).Select(r => r.LegalName));
        Assert.Equal(["PT Bara Lama"], (await Names(new CompanyQuery(IsActive: false, KecamatanCode: "63.01.07"))).Select(r => r.LegalName));

        var page = await Companies.ListAsync(new CompanyQuery(Descending: true, Page: new PageRequest(0, 2)));
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(["PT Pelabuhan Kintap", "PT Bara Lama"], page.Items.Select(r => r.LegalName));
        Assert.Equal(["Kintap"], page.Items[0].KecamatanNames);
    }

    [Fact]
    public async Task The_detail_lists_operating_desa_with_kecamatan_and_the_companys_CSR_accounts()
    {
        var company = await app.InsertAsync(new CompanyBuilder().Named("PT Lengkap").OperatingIn(SebambanBaru, AsamAsam).Build());
        await app.InsertAsync(new ApplicationUser { UserName = "csr@lengkap.example", Email = "csr@lengkap.example", FullName = "Siti CSR", CompanyId = company.Id });
        await app.InsertAsync(new ApplicationUser { UserName = "loket@disnaker.example", Email = "loket@disnaker.example", FullName = "Loket" });
        app.ActAs(Roles.Disnakerind);

        var detail = await Companies.GetAsync(company.Id);

        Assert.Equal([("63.01.02", "Asam-Asam"), ("63.01.07", "Sebamban Baru")], detail.OperatingDesa.Select(d => (d.KecamatanCode, d.Name)));
        var account = Assert.Single(detail.CsrAccounts);
        Assert.Equal(("Siti CSR", "csr@lengkap.example", true), (account.FullName, account.Email, account.IsActive));
        Assert.True(detail.CanEdit);
        Assert.True(detail.CanSetActive);
    }

    private async Task<IReadOnlyList<CompanyRow>> Names(CompanyQuery query) => (await Companies.ListAsync(query)).Items;

    private static CompanyDraft Draft(string name, string npwp) => new()
    {
        LegalName = name,
        Npwp = npwp,
        Sector = CompanySector.Lainnya,
        Address = "Jl. Uji No. 1, Desa Asam-Asam, Kecamatan Jorong",
        ContactName = "Narahubung Uji",
        OperatingDesaCodes = [AsamAsam],
    };
}
