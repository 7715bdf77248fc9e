using System.Security.Claims;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Web.Hosting;

// Company binding and display name travel in the cookie so services can scope every query without a lookup.
internal sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Caller.FullNameClaim, user.FullName));
        if (user.CompanyId is { } companyId)
        {
            identity.AddClaim(new Claim(Caller.CompanyClaim, companyId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}

// A disabled account fails here, before the password is even checked, and gets its own message.
internal sealed class AppSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) => user.IsActive && await base.CanSignInAsync(user);
}

// Open circuits re-check the account every few minutes: a disabled user, a reset security stamp, 30 minutes without
// activity or 12 hours since sign-in end the session (the page then sends the user to the sign-in form).
internal sealed class RevalidatingAuthStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options, CircuitActivity activity, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    internal static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState);

    internal async Task<bool> IsStillValidAsync(AuthenticationState authenticationState)
    {
        if (SessionLifetime.IsCircuitSessionOver(authenticationState.User, activity.LastActivity, clock.GetUtcNow()))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await userManager.GetUserAsync(authenticationState.User);
        if (user is null || !user.IsActive)
        {
            return false;
        }

        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await userManager.GetSecurityStampAsync(user);
    }
}

// In a circuit (and in Razor component rendering) the AuthenticationStateProvider knows the user; in a plain
// endpoint such as a PDF download it has not been given one, and the request's own user is the answer.
internal sealed class AuthStateCurrentUser(AuthenticationStateProvider authState, IHttpContextAccessor http) : ICurrentUser
{
    public async Task<Caller> GetAsync()
    {
        try
        {
            return Caller.FromPrincipal((await authState.GetAuthenticationStateAsync()).User);
        }
        catch (InvalidOperationException) when (http.HttpContext is { } context)
        {
            return Caller.FromPrincipal(context.User);
        }
    }
}
