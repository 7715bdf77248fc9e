using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Wilayah;

public sealed class WilayahServiceTests : IAsyncLifetime
{
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Loket);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_village_is_found_by_its_former_name()
    {
        var result = await app.Get<WilayahService>().SearchDesaAsync(new DesaQuery("mekar raya"));
        var desa = Assert.Single(result.Items);
        Assert.Equal("63.01.07.2013", desa.Code);
        Assert.Equal("Mekar Sari", desa.Name);
    }

    [Fact]
    public async Task The_programme_area_filter_keeps_the_25_villages_of_Jorong_and_Kintap()
    {
        var result = await app.Get<WilayahService>().SearchDesaAsync(new DesaQuery(ProgrammeAreaOnly: true, Page: new PageRequest(0, 100)));
        Assert.Equal(25, result.TotalCount);
        Assert.All(result.Items, d => Assert.True(d.InProgrammeArea));
        Assert.All(result.Items, d => Assert.Contains(d.KecamatanName, new[] { "Jorong", "Kintap" }));
    }

    [Fact]
    public async Task Search_text_with_wildcards_is_taken_literally()
    {
        var result = await app.Get<WilayahService>().SearchDesaAsync(new DesaQuery("%"));
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task Pages_are_sorted_and_sized_as_asked()
    {
        var result = await app.Get<WilayahService>().SearchDesaAsync(
            new DesaQuery(KecamatanCode: "63.01.02", SortBy: DesaSort.Name, Page: new PageRequest(1, 5)));
        Assert.Equal(11, result.TotalCount);
        Assert.Equal(["Jorong", "Karang Rejo", "Muara Asam-Asam", "Sabuhur", "Simpang Empat"], result.Items.Select(d => d.Name));
    }

    [Fact]
    public async Task Signed_out_callers_get_nothing()
    {
        app.CurrentUser.Caller = Core.Features.Identity.Caller.Anonymous;
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Get<WilayahService>().ListKecamatanAsync());
    }
}
