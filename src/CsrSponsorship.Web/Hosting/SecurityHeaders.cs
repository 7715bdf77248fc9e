namespace CsrSponsorship.Web.Hosting;

internal static class SecurityHeaders
{
    // Blazor Server needs no eval and no inline script: blazor.web.js, MudBlazor.min.js and js/app.js are files,
    // and App.razor renders no <ImportMap /> (its inline script would need a hash that changes with every build).
    // style-src keeps 'unsafe-inline' because MudBlazor writes style attributes (popover positions, progress widths,
    // theme variables) that no hash or nonce can cover. ws:/wss: carry the SignalR circuit; blob: serves downloads
    // built by js/app.js.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self' ws: wss:; font-src 'self' data:; frame-ancestors 'none'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
