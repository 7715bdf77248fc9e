using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CsrSponsorship.Web.Hosting;

// Idle timeout is the cookie's 30-minute sliding expiry; sliding alone would keep a busy session alive forever,
// so the first sign-in time rides along in the cookie and ends the session 12 hours later whatever happens.
internal static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    // The same time as a claim, so an open circuit (which never sees the cookie again) can be held to the limit too.
    public const string SignedInClaim = "csr:signed-in-utc";

    private const string SignedInItem = "csr.signed-in-utc";

    public static void Apply(CookieAuthenticationOptions cookie)
    {
        cookie.ExpireTimeSpan = Idle;
        cookie.SlidingExpiration = true;

        // Identity put its security-stamp check here; keep it after ours.
        var validateStamp = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnSigningIn = context =>
        {
            // A refresh (role change, stamp check) signs in again with the old properties: keep the first time.
            if (!context.Properties.Items.ContainsKey(SignedInItem))
            {
                MarkSignedIn(context.Properties, Now(context.HttpContext));
            }

            if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst(SignedInClaim) is null)
            {
                identity.AddClaim(new Claim(SignedInClaim, context.Properties.Items[SignedInItem]!));
            }

            return Task.CompletedTask;
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (IsPastAbsoluteLimit(context.Properties, Now(context.HttpContext)))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await validateStamp(context);
        };
    }

    public static bool IsPastAbsoluteLimit(AuthenticationProperties properties, DateTimeOffset now) =>
        IsPastAbsoluteLimit(properties.Items.TryGetValue(SignedInItem, out var value) ? value : null, now);

    // For an open circuit: the principal it was started with carries the sign-in time; activity comes from CircuitActivity.
    public static bool IsCircuitSessionOver(ClaimsPrincipal user, DateTimeOffset lastActivity, DateTimeOffset now) =>
        now - lastActivity > Idle || IsPastAbsoluteLimit(user.FindFirst(SignedInClaim)?.Value, now);

    // The cookie item and the claim hold the same round-trip text; a missing or unreadable one is not trusted.
    private static bool IsPastAbsoluteLimit(string? signedInText, DateTimeOffset now) =>
        !DateTimeOffset.TryParse(signedInText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
        || now - signedIn > Absolute;

    public static void MarkSignedIn(AuthenticationProperties properties, DateTimeOffset at) =>
        properties.Items[SignedInItem] = at.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Now(HttpContext context) =>
        context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
