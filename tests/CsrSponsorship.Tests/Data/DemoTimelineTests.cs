using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Demo;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Tests.Data;

// The demo is made relative to "now"; nothing in it may have happened later than the moment it was made.
public sealed class DemoTimelineTests
{
    [Fact]
    public async Task Demo_data_seeded_early_in_the_morning_at_the_start_of_a_month_holds_nothing_dated_after_now()
    {
        await using var app = await TestApp.StartAsync();
        // 08.00 WITA on 2 November: before the demo's usual 10.00 stamps, and before the 6th, when a batch starting
        // next month would have been "submitted" 25 days before its first day.
        app.Clock.SetWitaDate(new DateOnly(2026, 11, 2));
        app.Clock.Advance(TimeSpan.FromHours(-4));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DemoSeeder.SeedAsync(
                scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
                new DemoOptions().Password, app.Get<IOptions<WorkerRulesOptions>>().Value, app.Clock);
        }

        await using var db = await app.DbAsync();
        var today = Wita.Today(app.Clock);
        Assert.True(await db.Sponsorships.AnyAsync());
        Assert.Equal(0, await db.Sponsorships.CountAsync(s => s.CreatedAtUtc > now || s.OutcomeAtUtc > now));
        Assert.Equal(0, await db.Invoices.CountAsync(i => i.CreatedAtUtc > now || i.IssuedAtUtc > now || i.CoverageActivatedAtUtc > now || i.IssueDate > today));
        Assert.Equal(0, await db.Payments.CountAsync(p => p.RecordedAtUtc > now || p.PaidOn > today));
    }
}
