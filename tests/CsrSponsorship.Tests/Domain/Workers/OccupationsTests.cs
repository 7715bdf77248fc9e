using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Domain.Workers;

public sealed class OccupationsTests
{
    [Theory]
    [InlineData("ojek", Sector.Transport)]
    [InlineData("sopir", Sector.Transport)]
    [InlineData("kurir", Sector.Transport)]
    [InlineData("motoris_kapal", Sector.Transport)]
    [InlineData("petani", Sector.NonTransport)]
    [InlineData("nelayan", Sector.NonTransport)]
    [InlineData("buruh_bongkar_muat", Sector.NonTransport)]
    [InlineData("tukang_parkir", Sector.NonTransport)]
    public void Each_occupation_carries_the_sector_that_decides_its_discount_window(string code, Sector sector) =>
        Assert.Equal(sector, Occupations.Find(code)!.Sector);

    [Fact]
    public void Exactly_four_occupations_are_transport() =>
        Assert.Equal(
            ["ojek", "sopir", "kurir", "motoris_kapal"],
            Occupations.All.Where(o => o.Sector == Sector.Transport).Select(o => o.Code));

    [Fact]
    public void Only_lainnya_requires_free_text() =>
        Assert.Equal([Occupations.OtherCode], Occupations.All.Where(o => o.RequiresFreeText).Select(o => o.Code));

    [Fact]
    public void Codes_and_names_are_unique()
    {
        Assert.Equal(Occupations.All.Count, Occupations.All.Select(o => o.Code).Distinct().Count());
        Assert.Equal(Occupations.All.Count, Occupations.All.Select(o => o.Name).Distinct().Count());
    }

    [Fact]
    public void The_catalogue_covers_the_controlled_list_plus_lainnya() =>
        Assert.Equal(22, Occupations.All.Count);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pilot")]
    [InlineData("OJEK")]
    public void Unknown_codes_are_not_found(string? code) =>
        Assert.Null(Occupations.Find(code));

    [Fact]
    public void Occupation_names_are_shown_in_Indonesian() =>
        Assert.Equal("Ojek (Pangkalan/Online)", Occupations.Find("ojek")!.Name);
}
