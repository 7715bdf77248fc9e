using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Web.Components;
using CsrSponsorship.Web.Components.Layout;
using CsrSponsorship.Web.Features.Identity;
using CsrSponsorship.Web.Features.Invoicing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace CsrSponsorship.Web.Hosting;

internal static class WebHostingExtensions
{
    public static WebApplicationBuilder AddCsrSponsorship(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCsrCore(builder.Configuration, builder.Environment.ContentRootPath)
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddIndonesianMudStrings();
        services.AddHttpContextAccessor();
        services.AddScoped<Components.Shared.FileDownloader>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthStateProvider>();
        services.AddCircuitActivity();
        services.AddCircuitLimits();
        services.AddScoped<ICurrentUser, AuthStateCurrentUser>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/masuk";
            cookie.LogoutPath = "/keluar";
            cookie.AccessDeniedPath = "/akses-ditolak";
            cookie.Cookie.Name = "csr.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            SessionLifetime.Apply(cookie);
            // Signing in on /masuk?ReturnUrl=... would make the cookie handler itself redirect to that value (and fail
            // with a 500 on a non-ASCII one). The sign-in page decides where to go (LocalReturnUrl).
            cookie.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
        });
        services.AddAuthorization();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<Features.Outreach.InterestThrottle>();
        services.AddHostedService<LeadRetentionJob>();
        services.AddReverseProxySupport();
        services.AddRequestPublicAddress();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task<WebApplication> UseCsrSponsorshipAsync(this WebApplication app)
    {
        PublicAddressSetup.EnsureConfigured(app.Configuration, app.Environment);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        // Tells `-- restore` that this database is in use (SQLite: a shared lock several instances may hold).
        var running = app.Services.GetRequiredService<DatabaseEngine>().MarkInUse();
        app.Lifetime.ApplicationStopped.Register(running.Dispose);

        app.UseReverseProxySupport();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/galat", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseHttpsOnlyWhenRequired();

        app.UseRequestLocalization("id-ID");
        // Explicit, so the security headers above also reach the sign-in redirects authorization answers with
        // (left implicit, WebApplication puts routing and authentication in front of everything).
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: a 401 for a script (a download or the keep-alive) stays a 401 instead of being
        // re-run as the not-found page. WebApplication re-routes the re-executed request itself.
        app.UseStatusCodePagesWithReExecute("/tidak-ditemukan", createScopeForStatusCodePages: true);
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthEndpoint();
        app.MapIdentityEndpoints();
        app.MapDocumentEndpoints();
        app.MapSessionKeepAlive();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(CircuitLimits.ConfigureServerRenderMode).AnswerHead();
        return app;
    }
}
