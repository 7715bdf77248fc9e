using Bunit;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using CsrSponsorship.Web.Features.Companies;
using CsrSponsorship.Web.Features.Payments;
using CsrSponsorship.Web.Features.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CsrSponsorship.Tests.Web;

public sealed class RupiahFieldTests : MudTestContext
{
    private const string AmountInput = "input[data-testid=payment-amount]";
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        Services.AddSingleton(app.Get<PaymentService>());
        Services.AddSingleton(app.Get<WilayahService>());
        Services.AddSingleton(app.Get<WorkerService>());
        Services.AddSingleton<TimeProvider>(app.Clock);
        UseWorkerFormAs(app, Roles.Disnakerind);
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("Rp 16.800,50", "Rupiah tidak memakai sen")]
    [InlineData("1e9", "notasi ilmiah")]
    [InlineData("-5", "Jumlah harus lebih dari Rp 0.")]
    [InlineData("abc", "hanya boleh berisi angka")]
    public void A_refused_amount_shows_the_Indonesian_reason_and_binds_no_value(string typed, string reason)
    {
        long? bound = 504_000;
        var field = Render<RupiahField>(p => p
            .Add(f => f.Value, bound)
            .Add(f => f.ValueChanged, v => bound = v)
            .AddUnmatched("data-testid", "amount"));

        field.Find("input[data-testid=amount]").Change(typed);

        field.WaitForAssertion(() => Assert.Contains(reason, field.Find(".field-error").TextContent, StringComparison.Ordinal));
        Assert.Null(bound);
        Assert.True(field.Instance.IsInvalid);
        Assert.Equal(typed, field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void An_accepted_amount_is_bound_and_shown_the_way_the_app_writes_rupiah()
    {
        long? bound = null;
        var field = Render<RupiahField>(p => p.Add(f => f.ValueChanged, v => bound = v));

        field.Find("input").Change("Rp 1,250,000");

        field.WaitForAssertion(() => Assert.Equal("1.250.000", field.Find("input").GetAttribute("value")));
        Assert.Equal(1_250_000, bound);
        Assert.False(field.Instance.IsInvalid);
        Assert.Empty(field.FindAll(".field-error"));
    }

    [Fact]
    public async Task The_payment_dialog_saves_nothing_while_the_amount_is_refused_and_saves_once_it_is_read()
    {
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Dialog Uji"));
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 5));
        app.ActAsKeuangan();
        var provider = Render<MudDialogProvider>();
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<RecordPaymentDialog>("Catat pembayaran",
            new DialogParameters<RecordPaymentDialog> { { d => d.InvoiceId, invoiceId }, { d => d.Outstanding, 504_000L } }));
        provider.WaitForAssertion(() => Assert.Equal("504.000", provider.Find(AmountInput).GetAttribute("value")));
        provider.Find("input[data-testid=payment-reference]").Change("TRX-DIALOG-1");

        foreach (var (typed, reason) in new[] { ("-5", "lebih dari Rp 0"), ("1e9", "notasi ilmiah"), ("Rp 16.800,50", "tidak memakai sen"), ("", "wajib diisi") })
        {
            provider.Find(AmountInput).Change(typed);
            provider.Find("[data-testid=save-payment]").Click();

            provider.WaitForAssertion(() => Assert.Contains(reason, provider.Find(".field-error").TextContent, StringComparison.Ordinal));
            await using var db = await app.DbAsync();
            Assert.Equal(0, await db.Payments.CountAsync());
        }

        provider.Find(AmountInput).Change("Rp 16.800,00");
        provider.Find("[data-testid=save-payment]").Click();

        await provider.WaitForAssertionAsync(async () =>
        {
            await using var db = await app.DbAsync();
            Assert.Equal(16_800, (await db.Payments.SingleAsync()).Amount);
        });
        Assert.Empty(provider.FindAll(".field-error"));
    }

    // The path of the invoice-payment story: the officer leaves the prefilled outstanding amount as it is.
    [Fact]
    public async Task The_prefilled_outstanding_amount_is_saved_untouched()
    {
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Lunas Uji"));
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 5));
        app.ActAsKeuangan();
        var provider = Render<MudDialogProvider>();
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<RecordPaymentDialog>("Catat pembayaran",
            new DialogParameters<RecordPaymentDialog> { { d => d.InvoiceId, invoiceId }, { d => d.Outstanding, 504_000L } }));

        provider.Find("input[data-testid=payment-reference]").Change("TRX-PENUH-1");
        provider.Find("[data-testid=save-payment]").Click();

        await provider.WaitForAssertionAsync(async () =>
        {
            await using var db = await app.DbAsync();
            Assert.Equal(504_000, (await db.Payments.SingleAsync()).Amount);
        });
    }

    [Fact]
    public async Task The_company_form_refuses_to_save_a_budget_it_cannot_read()
    {
        app.ActAs(Roles.Disnakerind);
        var draft = new CompanyDraft { AnnualCsrBudget = 250_000_000 };
        var form = Render<CompanyForm>(p => p.Add(f => f.Draft, draft));
        form.WaitForAssertion(() => Assert.Equal("250.000.000", form.Find("input[data-testid=budget]").GetAttribute("value")));

        form.Find("input[data-testid=budget]").Change("1.000.000,50");
        var valid = await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.False(valid);
        Assert.Null(draft.AnnualCsrBudget);
        form.WaitForAssertion(() =>
        {
            Assert.Contains("Rupiah tidak memakai sen", form.Find(".field-error").TextContent, StringComparison.Ordinal);
            Assert.StartsWith("Anggaran CSR program per tahun (opsional): Rupiah tidak memakai sen",
                form.Find("[data-testid=form-error] .error-summary-link").TextContent.Trim(), StringComparison.Ordinal);
        });
    }

    // An unreadable income must not become "empty", which the worker rules would quietly read as the minimum.
    [Fact]
    public async Task The_worker_form_refuses_an_income_it_cannot_read_instead_of_using_the_minimum()
    {
        app.ActAs(Roles.Loket);
        var draft = new WorkerDraftBuilder(today: Wita.Today(app.Clock)).Build();
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, draft));

        form.Find("input[data-testid=declared-income]").Change("١٬٥٠٠٬٠٠٠");
        var valid = await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.False(valid);
        Assert.Null(draft.DeclaredIncome);
        form.WaitForAssertion(() =>
        {
            Assert.Contains("angka biasa", form.Find(".field-error").TextContent, StringComparison.Ordinal);
            Assert.StartsWith("Penghasilan per bulan: ", form.Find("[data-testid=form-error] .error-summary-link").TextContent.Trim(), StringComparison.Ordinal);
        });
    }
}
