using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Web.Hosting;

// Section "ReverseProxy": who may tell the app what the browser really used. Behind a proxy that terminates TLS the
// app sees plain HTTP from the proxy; X-Forwarded-Proto/-Host/-For from a listed proxy restore scheme, host and client
// address, which HSTS, Secure cookies, the sign-in limit (per client address) and printed links depend on. Nothing
// listed: loopback only (ASP.NET's default), i.e. a proxy on the same machine. Anything listed replaces that default.
internal sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    // Single addresses, e.g. "10.0.0.5".
    public List<string> KnownProxies { get; } = [];

    // CIDR ranges, e.g. "172.18.0.0/16" (a container network).
    public List<string> KnownNetworks { get; } = [];
}

// Section "Security".
internal sealed class SecurityOptions
{
    public const string Section = "Security";

    // true: every cookie is marked Secure whatever the request says (for installs only ever reached over HTTPS).
    // false: Secure exactly when the request (as the trusted proxy reports it) came over HTTPS.
    public bool RequireHttpsCookies { get; set; }
}

internal static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section);
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) => Apply(forwarded, proxy.Value));
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, CookiePolicy>();
        services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>, CookiePolicy>();
        return services;
    }

    public const string HttpsOnlyMessage =
        "Aplikasi ini hanya dapat dibuka melalui HTTPS. Gunakan alamat yang diawali https:// atau hubungi Administrator.";

    // First in the pipeline: everything after it (HSTS, cookies, rate limit, links) sees the browser's view.
    public static IApplicationBuilder UseReverseProxySupport(this IApplicationBuilder app) => app.UseForwardedHeaders();

    public static IApplicationBuilder UseHttpsOnlyWhenRequired(this IApplicationBuilder app)
    {
        // With Secure-only cookies a plain-HTTP request could not sign in, and ASP.NET refuses to render a form
        // (antiforgery) at all: say so instead of failing with a 500. /healthz stays open for HTTP health probes.
        var security = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReverseProxy));
        app.Use(async (context, next) =>
        {
            if (security.Value.RequireHttpsCookies && !context.Request.IsHttps
                && !context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase))
            {
                logger.LogWarning(
                    "Plain-HTTP request refused because Security:RequireHttpsCookies is on. Behind a TLS proxy: does it send X-Forwarded-Proto, and is it in ReverseProxy:KnownProxies/KnownNetworks?");
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(HttpsOnlyMessage, context.RequestAborted);
                return;
            }

            await next(context);
        });
        return app;
    }

    private static void Apply(ForwardedHeadersOptions forwarded, ReverseProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        if (proxy.KnownProxies.Count == 0 && proxy.KnownNetworks.Count == 0)
        {
            return;
        }

        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var text in proxy.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(text.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"{ReverseProxyOptions.Section}:KnownProxies: '{text}' is not an IP address (e.g. 10.0.0.5)."));
        }

        foreach (var text in proxy.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(text.Trim(), out var network)
                ? network
                : throw new InvalidOperationException($"{ReverseProxyOptions.Section}:KnownNetworks: '{text}' is not a network in CIDR form (e.g. 172.18.0.0/16)."));
        }
    }

    // Every cookie the app sets: the sign-in cookie (and Identity's other schemes) and the antiforgery cookie.
    private sealed class CookiePolicy(IOptions<SecurityOptions> security) : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
    {
        private CookieSecurePolicy Policy => security.Value.RequireHttpsCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        public void PostConfigure(string? name, CookieAuthenticationOptions options) => options.Cookie.SecurePolicy = Policy;

        public void PostConfigure(string? name, AntiforgeryOptions options) => options.Cookie.SecurePolicy = Policy;
    }
}
