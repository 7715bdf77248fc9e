using System.Globalization;
using System.Security.Claims;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Security;

public sealed class SessionLifetimeTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_session_in_use_all_day_still_ends_twelve_hours_after_sign_in()
    {
        var properties = new AuthenticationProperties();
        SessionLifetime.MarkSignedIn(properties, SignedIn);

        Assert.False(SessionLifetime.IsPastAbsoluteLimit(properties, SignedIn.AddHours(11).AddMinutes(59)));
        Assert.True(SessionLifetime.IsPastAbsoluteLimit(properties, SignedIn.AddHours(12).AddMinutes(1)));
    }

    [Fact]
    public void A_cookie_without_a_sign_in_time_is_not_trusted() =>
        Assert.True(SessionLifetime.IsPastAbsoluteLimit(new AuthenticationProperties(), SignedIn));

    [Fact]
    public void Idle_timeout_is_thirty_minutes() => Assert.Equal(TimeSpan.FromMinutes(30), SessionLifetime.Idle);
}

public sealed class CircuitSessionTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Signing_in_puts_the_sign_in_time_in_the_principal_and_a_refresh_keeps_the_first_one()
    {
        var clock = new TestClock(SignedIn);
        var options = new CookieAuthenticationOptions();
        SessionLifetime.Apply(options);
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton<TimeProvider>(clock).BuildServiceProvider() };
        var scheme = new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        var properties = new AuthenticationProperties();

        var first = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "loket@contoh.id")], "Identity.Application"));
        await options.Events.OnSigningIn(new CookieSigningInContext(http, scheme, options, first, properties, new CookieOptions()));
        clock.Advance(TimeSpan.FromHours(3));
        var refreshed = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "loket@contoh.id")], "Identity.Application"));
        await options.Events.OnSigningIn(new CookieSigningInContext(http, scheme, options, refreshed, properties, new CookieOptions()));

        Assert.Equal(SignedIn, DateTimeOffset.Parse(first.FindFirst(SessionLifetime.SignedInClaim)!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(first.FindFirst(SessionLifetime.SignedInClaim)!.Value, refreshed.FindFirst(SessionLifetime.SignedInClaim)!.Value);
    }

    [Fact]
    public void An_open_circuit_ends_after_thirty_idle_minutes_but_not_while_in_use()
    {
        var user = Principal(SignedIn);
        var lastClick = SignedIn.AddHours(2);

        Assert.False(SessionLifetime.IsCircuitSessionOver(user, lastClick, lastClick.AddMinutes(29)));
        Assert.True(SessionLifetime.IsCircuitSessionOver(user, lastClick, lastClick.AddMinutes(31)));
    }

    [Fact]
    public void An_open_circuit_in_constant_use_still_ends_twelve_hours_after_sign_in()
    {
        var user = Principal(SignedIn);

        Assert.False(SessionLifetime.IsCircuitSessionOver(user, SignedIn.AddHours(11).AddMinutes(58), SignedIn.AddHours(11).AddMinutes(59)));
        Assert.True(SessionLifetime.IsCircuitSessionOver(user, SignedIn.AddHours(12), SignedIn.AddHours(12).AddMinutes(1)));
    }

    [Fact]
    public void A_circuit_principal_without_a_sign_in_time_is_not_trusted() =>
        Assert.True(SessionLifetime.IsCircuitSessionOver(new ClaimsPrincipal(new ClaimsIdentity("Identity.Application")), SignedIn, SignedIn));

    [Fact]
    public async Task Circuit_activity_moves_with_every_inbound_message()
    {
        var clock = new TestClock(SignedIn);
        var activity = new CircuitActivity(clock);
        var handler = activity.CreateInboundActivityHandler(_ => Task.CompletedTask);
        clock.Advance(TimeSpan.FromMinutes(20));

        await handler(null!);

        Assert.Equal(SignedIn.AddMinutes(20), activity.LastActivity);
    }

    private static ClaimsPrincipal Principal(DateTimeOffset signedIn) =>
        new(new ClaimsIdentity([new Claim(SessionLifetime.SignedInClaim, signedIn.ToString("O", CultureInfo.InvariantCulture))], "Identity.Application"));
}
