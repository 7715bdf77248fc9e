using CsrSponsorship.Core.Domain.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace CsrSponsorship.Web.Features.Identity;

internal static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // POST only, with the antiforgery token the layout's form carries: a link cannot sign anyone out. A missing or
        // stale token (another site's form, a page left open across a key change) is a 400 the user can read, and the
        // session stays as it was.
        endpoints.MapPost("/keluar", async Task<Results<RazorComponentResult<SignOutRefused>, RedirectHttpResult>> (
            HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signInManager) =>
        {
            if (!await HasValidTokenAsync(context, antiforgery))
            {
                return new RazorComponentResult<SignOutRefused> { StatusCode = StatusCodes.Status400BadRequest };
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/masuk");
        });
        return endpoints;
    }

    private static async Task<bool> HasValidTokenAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (InvalidDataException)
        {
            // A malformed form body carries no token either.
            return false;
        }
    }
}
