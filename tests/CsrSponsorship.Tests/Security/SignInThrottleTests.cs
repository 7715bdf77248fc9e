using System.Net;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Features.Identity;

namespace CsrSponsorship.Tests.Security;

public sealed class SignInThrottleTests
{
    private static readonly IPAddress Office = IPAddress.Parse("10.1.2.3");

    [Fact]
    public void The_eleventh_failed_check_within_five_minutes_is_refused_until_the_window_ends()
    {
        var clock = new TestClock();
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < SignInThrottle.PermitLimit; i++)
        {
            Assert.True(throttle.TryAttempt(Office, "LOKET@DEMO.LOCAL", out _));
        }

        Assert.False(throttle.TryAttempt(Office, "LOKET@DEMO.LOCAL", out var retryAfter));
        Assert.Equal(SignInThrottle.Window, retryAfter);
        Assert.True(throttle.TryAttempt(IPAddress.Parse("10.1.2.4"), "LOKET@DEMO.LOCAL", out _));
        Assert.True(throttle.TryAttempt(Office, "CSR@DEMO.LOCAL", out _));

        clock.Advance(SignInThrottle.Window);
        Assert.True(throttle.TryAttempt(Office, "LOKET@DEMO.LOCAL", out _));
    }

    [Fact]
    public void Signing_in_successfully_many_times_never_uses_up_the_limit_but_guesses_still_do()
    {
        var throttle = new SignInThrottle(new TestClock());
        for (var i = 0; i < 3 * SignInThrottle.PermitLimit; i++)
        {
            Assert.True(throttle.TryAttempt(Office, "DISNAKER@DEMO.LOCAL", out _));
            throttle.Succeeded(Office, "DISNAKER@DEMO.LOCAL");
        }

        for (var i = 0; i < SignInThrottle.PermitLimit; i++)
        {
            Assert.True(throttle.TryAttempt(Office, "DISNAKER@DEMO.LOCAL", out _));
        }

        Assert.False(throttle.TryAttempt(Office, "DISNAKER@DEMO.LOCAL", out _));
    }
}
