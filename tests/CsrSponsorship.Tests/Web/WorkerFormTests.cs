using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Tests.Web.Accessibility;
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
        UseWorkerFormAs(app, Roles.Loket);
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

    // Issue 17: an empty submit of /pekerja/baru gave 6 separate alerts, none tied to its field; 2 of 10 required fields marked.
    [Fact]
    public async Task An_empty_worker_form_refused_shows_one_alert_listing_every_problem_each_tied_to_its_field()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        Assert.False(await form.InvokeAsync(() => form.Instance.ValidateAsync()));

        form.WaitForAssertion(() =>
        {
            var alert = Assert.Single(form.FindAll("[role=alert]"));
            Assert.Equal("Periksa isian berikut", alert.QuerySelector("h2")?.TextContent.Trim());
            var links = alert.QuerySelectorAll("a.error-summary-link");
            Assert.True(links.Length >= 8, $"only {links.Length} problems listed");
            Assert.StartsWith("NIK: ", links[0].TextContent.Trim(), StringComparison.Ordinal);
            foreach (var link in links)
            {
                var target = form.Find("#" + link.GetAttribute("data-field"));
                var described = FormErrorTests.DescribedBy(form, target);
                Assert.False(string.IsNullOrWhiteSpace(described), $"{link.TextContent.Trim()}: its field has no aria-describedby");
                Assert.Contains(described, link.TextContent, StringComparison.Ordinal);
                Assert.Equal("true", target.GetAttribute("aria-invalid"));
            }
        });
    }

    [Fact]
    public void Every_required_worker_field_is_marked_required_for_eyes_and_screen_readers()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        form.WaitForAssertion(() =>
        {
            string[] required = ["nik", "fullname", "birthplace", "birthdate", "sex", "kecamatan", "desacode", "address", "occupationcode",
                "provenance", "consentcollectedby", "consentcollectedon"];
            foreach (var id in required)
            {
                var field = form.Find($"#worker-{id}");
                Assert.True(field.GetAttribute("aria-required") == "true", $"{id} is not aria-required");
                Assert.True(field.Closest(".mud-input-required") is not null || id == "sex", $"{id} shows no required marker");
            }

            Assert.EndsWith("*", form.Find("#worker-sex-label").TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal("false", form.Find("#worker-phone").GetAttribute("aria-required"));
        });
    }

    [Fact]
    public void A_NIK_error_found_while_typing_stays_under_its_field_without_a_summary()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        form.Find("#worker-nik").Change("6301021302990000");

        form.WaitForAssertion(() =>
        {
            Assert.Equal("Nomor urut NIK tidak boleh 0000.", FormErrorTests.DescribedBy(form, form.Find("#worker-nik")));
            Assert.Empty(form.FindAll("[role=alert]"));
            Assert.Empty(form.FindAll("[data-testid=form-error]"));
        });
    }
}
