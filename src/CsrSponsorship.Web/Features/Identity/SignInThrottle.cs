using System.Net;
using System.Threading.RateLimiting;

namespace CsrSponsorship.Web.Features.Identity;

// Lockout stops guessing one account's password; this stops one address hammering the sign-in form, which also
// keeps an attacker from locking real users out at will. Keyed on client address + account so a shared office NAT
// does not block colleagues signing in to their own accounts.
//
// The sign-in page asks this right before it checks a password, with the very e-mail it is about to check, normalised
// the way Identity looks accounts up. So every path that reaches the page (/masuk, /masuk/, /MASUK) and every spelling
// of one account (case, surrounding spaces) counts against one limit; a middleware reading the form itself could
// count one thing while the page checks another.
internal sealed class SignInThrottle : IDisposable
{
    public const int PermitLimit = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public const string RefusedMessage = "Terlalu banyak percobaan masuk. Tunggu 5 menit lalu coba lagi.";

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitLimit,
            Window = Window,
            QueueLimit = 0,
        }));

    // `account` is the name as Identity looks it up (UserManager.NormalizeName). False when this client has used up
    // its attempts for that account; retryAfter then says for how long.
    public bool TryAttempt(IPAddress? client, string account, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire($"{client}|{account}");
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
