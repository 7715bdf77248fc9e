using System.Net;

namespace CsrSponsorship.Web.Features.Identity;

// Lockout stops guessing one account's password; this stops one address hammering the sign-in form, which also
// keeps an attacker from locking real users out at will. Keyed on client address + account so a shared office NAT
// does not block colleagues signing in to their own accounts.
//
// The sign-in page asks this right before it checks a password, with the very e-mail it is about to check, normalised
// the way Identity looks accounts up. So every path that reaches the page (/masuk, /masuk/, /MASUK) and every spelling
// of one account (case, surrounding spaces) counts against one limit; a middleware reading the form itself could
// count one thing while the page checks another.
//
// Only failed checks use up the limit: a sign-in that succeeds gives its attempt back, so staff who sign in on
// several devices or tabs in a few minutes are never refused, while a guesser gets 10 tries. The attempt is taken
// BEFORE the password is checked and returned only after success, so parallel guesses cannot slip past the count.
internal sealed class SignInThrottle(TimeProvider clock)
{
    public const int PermitLimit = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public const string RefusedMessage = "Terlalu banyak percobaan masuk. Tunggu 5 menit lalu coba lagi.";

    private readonly Dictionary<string, Attempts> attempts = [];
    private readonly Lock gate = new();

    // `account` is the name as Identity looks it up (UserManager.NormalizeName). False when this client has used up
    // its attempts for that account; retryAfter then says for how long.
    public bool TryAttempt(IPAddress? client, string account, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var key = Key(client, account);
            if (!attempts.TryGetValue(key, out var current) || now - current.WindowStart >= Window)
            {
                RemoveExpired(now);
                current = new Attempts(now, 0);
            }

            retryAfter = current.WindowStart + Window - now;
            if (current.Count >= PermitLimit)
            {
                return false;
            }

            attempts[key] = current with { Count = current.Count + 1 };
            return true;
        }
    }

    // The password was right: this attempt was not a guess.
    public void Succeeded(IPAddress? client, string account)
    {
        lock (gate)
        {
            var key = Key(client, account);
            if (attempts.TryGetValue(key, out var current) && current.Count > 0)
            {
                attempts[key] = current with { Count = current.Count - 1 };
            }
        }
    }

    private static string Key(IPAddress? client, string account) => $"{client}|{account}";

    // Keeps the table as small as the number of clients that tried in the last window.
    private void RemoveExpired(DateTimeOffset now)
    {
        foreach (var key in attempts.Where(a => now - a.Value.WindowStart >= Window).Select(a => a.Key).ToList())
        {
            attempts.Remove(key);
        }
    }

    private readonly record struct Attempts(DateTimeOffset WindowStart, int Count);
}
