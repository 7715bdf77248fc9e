using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.BadInput;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using CsrSponsorship.Web.Features.Workers;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

// A worker registered as "<script>alert(1)</script>" living at "\"><img src=x onerror=alert(1)>": the pages show
// both as text. Razor encodes every @value; this guards against a MarkupString or a JS interop sneaking in later.
public sealed class HostileNameRenderingTests : MudTestContext
{
    private static readonly string Script = BadInputCorpus.Text("script").Text;
    private static readonly string ImageTag = BadInputCorpus.Text("img-onerror").Text;
    private TestApp app = default!;
    private int workerId;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        workerId = (await app.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder().With(d =>
        {
            d.FullName = Script;
            d.Address = ImageTag;
        }).Build())).Id;
        Services.AddSingleton(app.Get<SponsorshipService>());
        UseWorkerPagesAsDisnakerind(app);
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public void The_worker_page_shows_a_script_name_and_an_img_address_as_text()
    {
        var page = Render<WorkerDetailPage>(p => p.Add(x => x.Id, workerId));

        page.WaitForAssertion(() => Assert.Equal(Script, page.Find("#page-title").TextContent.Trim()));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page.Markup, StringComparison.Ordinal);
        Assert.Contains(ImageTag, string.Concat(page.Nodes.Select(n => n.TextContent)), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("img"));
        Assert.Empty(page.FindAll("[onerror]"));
    }

    [Fact]
    public void The_worker_list_shows_a_script_name_as_text()
    {
        var page = Render<WorkersPage>();

        page.WaitForAssertion(() => Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("script"));
        Assert.Contains(page.FindAll("td"), td => td.TextContent.Contains(Script, StringComparison.Ordinal));
    }
}
