using CsrSponsorship.Core.Domain.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace CsrSponsorship.Web.Features.Identity;

internal static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // POST only, with the antiforgery token the layout's form carries: a link cannot sign anyone out.
        endpoints.MapPost("/keluar", async (HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signInManager) =>
        {
            await antiforgery.ValidateRequestAsync(context);
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/masuk");
        });
        return endpoints;
    }
}
