using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CsrSponsorship.Web.Hosting;

// Lockout stops guessing one account's password; this stops one address hammering the sign-in form, which also
// keeps an attacker from locking real users out at will. Keyed on user name + IP so a shared office NAT does not
// block colleagues signing in to their own accounts.
internal static class SignInRateLimiting
{
    public const int PermitLimit = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string KeyItem = "csr.signin-limit-key";

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Items[KeyItem] is string key
                    ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = PermitLimit,
                        Window = Window,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, token) =>
            {
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(
                    "Terlalu banyak percobaan masuk. Tunggu 5 menit lalu coba lagi.", token);
            };
        });

    public static IApplicationBuilder UseSignInRateLimiting(this IApplicationBuilder app)
    {
        // The partitioner is synchronous, so the form is read here first; ASP.NET keeps it for the page's own binding.
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.Request.Path.Equals("/masuk", StringComparison.OrdinalIgnoreCase)
                && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var userName = form["Input.Email"].ToString().Trim().ToUpperInvariant();
                context.Items[KeyItem] = $"{context.Connection.RemoteIpAddress}|{userName}";
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }
}
