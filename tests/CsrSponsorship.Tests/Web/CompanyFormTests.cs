using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Features.Companies;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

public sealed class CompanyFormTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Disnakerind);
        Services.AddSingleton(app.Get<WilayahService>());
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public void A_legacy_15_digit_NPWP_is_shown_in_its_16_digit_form()
    {
        var draft = new CompanyDraft();
        var form = Render<CompanyForm>(p => p.Add(f => f.Draft, draft));

        form.Find("input[data-testid=npwp], [data-testid=npwp] input").Change("01.234.567.8-901.000");

        form.WaitForAssertion(() =>
        {
            Assert.Equal("0012.3456.7890.1000", draft.Npwp);
            Assert.Empty(form.FindAll(".field-error"));
        });
    }

    [Fact]
    public void A_short_NPWP_shows_the_rule_under_the_field()
    {
        var form = Render<CompanyForm>(p => p.Add(f => f.Draft, new CompanyDraft()));

        form.Find("input[data-testid=npwp], [data-testid=npwp] input").Change("01.234.567");

        form.WaitForAssertion(() => Assert.Equal("NPWP harus 15 atau 16 angka.", form.Find(".field-error").TextContent.Trim()));
    }

    [Fact]
    public void Only_the_office_sees_the_active_switch()
    {
        var office = Render<CompanyForm>(p => p.Add(f => f.Draft, new CompanyDraft()).Add(f => f.CanSetActive, true));
        var own = Render<CompanyForm>(p => p.Add(f => f.Draft, new CompanyDraft()).Add(f => f.CanSetActive, false));

        Assert.NotEmpty(office.FindAll("[data-testid=is-active]"));
        Assert.Empty(own.FindAll("[data-testid=is-active]"));
    }

    [Fact]
    public void Operating_desa_are_grouped_by_kecamatan_with_Jorong_and_Kintap_first()
    {
        var popover = RenderPopoverProvider();
        var form = Render<CompanyForm>(p => p.Add(f => f.Draft, new CompanyDraft { OperatingDesaCodes = ["63.01.02.2003", "63.01.07.2014"] }));
        form.WaitForAssertion(() => Assert.Contains("Sebamban Baru (Kintap)", form.Markup, StringComparison.Ordinal));
        Assert.Empty(form.FindAll(".mud-list-subheader"));

        form.Find(".mud-select:has([data-testid=operating-desa]) .mud-input-control").MouseDown();

        popover.WaitForAssertion(() =>
        {
            var headers = popover.FindAll(".mud-popover-open .mud-list-subheader").Select(h => h.TextContent.Trim()).ToList();
            Assert.Equal(11, headers.Count);
            Assert.Equal(["Kec. Jorong", "Kec. Kintap"], headers.Take(2));
        });
    }
}
