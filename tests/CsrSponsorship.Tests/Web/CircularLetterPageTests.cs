using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Features.CircularLetters;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

public sealed class CircularLetterPageTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAsAdmin();
        Services.AddSingleton(app.Get<CircularLetterService>());
        Services.AddSingleton(app.Get<LetterDistributionService>());
        Services.AddSingleton(app.Get<LetterDocumentService>());
        Services.AddSingleton(app.Get<LetterFunnelService>());
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public void An_unknown_letter_says_it_was_not_found_under_its_own_heading_without_an_empty_form()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@test.local");
        auth.SetRoles(Roles.Admin);

        var page = Render<CircularLetterPage>(p => p.Add(c => c.Id, 4242));

        page.WaitForAssertion(() => Assert.Equal("Surat edaran tidak ditemukan", page.Find("h1").TextContent.Trim()));
        Assert.Single(page.FindAll("h1"));
        Assert.Contains("4242", page.Find("[data-testid=letter-missing]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[role=tab]"));
        Assert.DoesNotContain("Surat edaran baru", page.Markup, StringComparison.Ordinal);
        Assert.Equal("/surat-edaran", page.Find("a[href='/surat-edaran']").GetAttribute("href"));
    }
}
