using CsrSponsorship.Core;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Web.Components;
using CsrSponsorship.Web.Features.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace CsrSponsorship.Web.Hosting;

internal static class WebHostingExtensions
{
    public static WebApplicationBuilder AddCsrSponsorship(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCsrCore(builder.Configuration, builder.Environment.ContentRootPath);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpContextAccessor();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthStateProvider>();
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
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Length over composition (NIST SP 800-63B): at least 12 characters, nothing else forced.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task<WebApplication> UseCsrSponsorshipAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/galat", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/tidak-ditemukan", createScopeForStatusCodePages: true);
        app.UseRequestLocalization("id-ID");
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapIdentityEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
