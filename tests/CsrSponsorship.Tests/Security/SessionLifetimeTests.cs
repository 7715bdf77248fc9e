using CsrSponsorship.Web.Hosting;
using Microsoft.AspNetCore.Authentication;

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
