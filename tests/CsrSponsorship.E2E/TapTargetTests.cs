using CsrSponsorship.E2E.Infrastructure;
using CsrSponsorship.Web.Components.Layout;

namespace CsrSponsorship.E2E;

// WCAG 2.5.8 (target size, minimum) on a phone: every control a thumb can reach on every menu page of every role
// is at least 24 × 24 CSS px, or has no other target within a 24 px circle around its centre (decision 0181).
[Collection(ScanAppFixtureGroup.Name)]
public sealed class TapTargetTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task The_sign_in_page_has_no_tap_target_smaller_than_24_px_on_a_phone()
    {
        await Page.SetViewportSizeAsync(PhoneLayout.Width, PhoneLayout.Height);
        await Page.GotoAsync("/masuk");

        var small = await TapTargets.TooSmallAsync(Page);

        Assert.True(small.Count == 0, "/masuk:" + Environment.NewLine + string.Join(Environment.NewLine, small));
    }

    [Theory]
    [MemberData(nameof(AccessibilityScanTests.RoleAccounts), MemberType = typeof(AccessibilityScanTests))]
    public async Task Every_page_in_a_roles_menu_has_no_tap_target_smaller_than_24_px_on_a_phone(string role, string email)
    {
        // The letter lists hold a row's buttons only once a letter is sent (decision 0183).
        await new ScanData(App).SentLetterAsync();
        await Page.SetViewportSizeAsync(PhoneLayout.Width, PhoneLayout.Height);
        await SignedInAsync(email);
        var problems = new List<string>();

        foreach (var item in NavCatalog.Items.Where(item => item.Roles.Contains(role)))
        {
            await Page.GotoAsync(item.Href);
            await WaitForInteractiveAsync();
            await TapTargets.WaitForContentAsync(Page);
            problems.AddRange((await TapTargets.TooSmallAsync(Page)).Select(found => $"{item.Href}: {found}"));
        }

        Assert.True(problems.Count == 0, $"{role}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
