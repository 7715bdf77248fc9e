using System.Globalization;
using System.Security.Claims;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Hosting;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Tests.Security;

// What an open circuit of a user checks every five minutes, against the real Identity store.
public sealed class CircuitRevalidationTests : IAsyncLifetime
{
    private TestApp app = default!;
    private string userId = "";

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAsAdmin();
        userId = await app.Get<UserAdminService>().CreateAsync(
            new NewUser("loket.sesi@disnaker.example", "Petugas Sesi", Roles.Loket, null, "sungai kecil di pinggir kebun"));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public void Open_circuits_are_rechecked_at_least_every_five_minutes() =>
        Assert.True(RevalidatingAuthStateProvider.Interval <= TimeSpan.FromMinutes(5));

    [Fact]
    public async Task Disabling_a_user_ends_the_session_of_their_open_circuit()
    {
        var state = await SignedInStateAsync();
        var provider = Provider();
        Assert.True(await provider.IsStillValidAsync(state));

        await app.Get<UserAdminService>().SetActiveAsync(userId, active: false);

        Assert.False(await provider.IsStillValidAsync(state));
    }

    [Fact]
    public async Task A_circuit_left_idle_for_half_an_hour_ends()
    {
        var state = await SignedInStateAsync();
        var provider = Provider();

        app.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.False(await provider.IsStillValidAsync(state));
    }

    private RevalidatingAuthStateProvider Provider() =>
        new(NullLoggerFactory.Instance, app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<IOptions<IdentityOptions>>(), new CircuitActivity(app.Clock), app.Clock);

    private async Task<AuthenticationState> SignedInStateAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var principal = await factory.CreateAsync((await users.FindByIdAsync(userId))!);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionLifetime.SignedInClaim, app.Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        return new AuthenticationState(principal);
    }
}
