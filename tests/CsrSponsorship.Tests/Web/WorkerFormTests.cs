using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Features.Workers;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

public sealed class WorkerFormTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Loket);
        Services.AddSingleton(app.Get<WorkerService>());
        Services.AddSingleton(app.Get<WilayahService>());
        Services.AddSingleton(TimeProvider.System);
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public void An_invalid_NIK_shows_the_Indonesian_rule_under_the_field()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        form.Find("input[data-testid=nik], [data-testid=nik] input").Change("6301021302990000");

        form.WaitForAssertion(() =>
            Assert.Contains("Nomor urut NIK tidak boleh 0000.", form.Find(".field-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Full_width_digits_are_refused_with_a_message_about_normal_digits()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        form.Find("input[data-testid=nik], [data-testid=nik] input").Change("６３０１０２１３０２９９０００１");

        form.WaitForAssertion(() => Assert.Contains("angka biasa", form.Find(".field-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_womans_NIK_prefills_birth_date_and_sex()
    {
        var draft = new WorkerDraft();
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, draft));

        // Day 45 = 5th, a woman; born 5 February 1999.
        form.Find("input[data-testid=nik], [data-testid=nik] input").Change("  6301024502990001 ");

        form.WaitForAssertion(() =>
        {
            Assert.Equal(new DateOnly(1999, 2, 5), draft.BirthDate);
            Assert.Equal(Sex.Female, draft.Sex);
            Assert.Equal("6301024502990001", draft.Nik);
            Assert.Empty(form.FindAll(".field-error"));
            Assert.Contains(form.FindAll("input"), i => i.GetAttribute("value") == "05-02-1999");
        });
    }

    [Fact]
    public void A_NIK_from_outside_Tanah_Laut_is_accepted_with_a_warning()
    {
        var draft = new WorkerDraft();
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, draft));

        form.Find("input[data-testid=nik], [data-testid=nik] input").Change("3201011508850003");

        form.WaitForAssertion(() =>
        {
            Assert.Equal(new DateOnly(1985, 8, 15), draft.BirthDate);
            Assert.Equal(Sex.Male, draft.Sex);
            Assert.Empty(form.FindAll(".field-error"));
            Assert.Contains("domisili", form.Markup, StringComparison.OrdinalIgnoreCase);
        });
    }
}
