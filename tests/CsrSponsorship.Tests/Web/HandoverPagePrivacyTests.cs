using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Tests.Security;
using CsrSponsorship.Web.Features.Sponsorships;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

// /serah-terima as two desk officers on 10 July 2026, when Siti's and Rahman's July coverage is about to end.
public sealed class HandoverPagePrivacyTests(PersonalDataFixture fixture) : MudTestContext, IClassFixture<PersonalDataFixture>
{
    public override Task InitializeAsync()
    {
        fixture.App.Clock.SetWitaDate(new DateOnly(2026, 7, 10));
        Services.AddSingleton(fixture.App.Get<HandoverService>());
        Services.AddSingleton(fixture.App.Get<RetentionService>());
        return Task.CompletedTask;
    }

    [Fact]
    public void A_desk_officer_sees_masked_numbers_and_no_WhatsApp_link_for_workers_another_officer_registered()
    {
        var page = RenderAs("Loket lain");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=phone-masked]").Count));
        Assert.Empty(page.FindAll("[data-testid=whatsapp-link]"));
        Assert.DoesNotContain("wa.me", page.Markup, StringComparison.Ordinal);
        foreach (var w in new[] { fixture.Siti, fixture.Rahman })
        {
            Assert.DoesNotContain(w.Phone, page.Markup, StringComparison.Ordinal);
            Assert.DoesNotContain(PhoneNumber.Display(w.Phone), page.Markup, StringComparison.Ordinal);
            Assert.Contains(PhoneNumber.Mask(w.Phone), page.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_desk_officer_who_registered_them_gets_the_WhatsApp_reminders()
    {
        var page = RenderAs("Loket pendaftar");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=whatsapp-link]").Count));
        Assert.Contains($"https://wa.me/{fixture.Siti.Phone}?text=", page.Markup, StringComparison.Ordinal);
        Assert.Contains(PhoneNumber.Display(fixture.Rahman.Phone), page.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<HandoverPage> RenderAs(string who)
    {
        var caller = fixture.CallerFor(who);
        fixture.App.CurrentUser.Caller = caller;
        var auth = AddAuthorization();
        auth.SetAuthorized(caller.UserName);
        auth.SetRoles(Roles.Loket);
        return Render<HandoverPage>();
    }
}
