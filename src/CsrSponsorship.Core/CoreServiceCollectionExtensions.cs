using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core;

public static class CoreServiceCollectionExtensions
{
    // Everything Core needs except ICurrentUser, which each host supplies (circuit, HTTP request, test),
    // and the ASP.NET parts of Identity (token providers, sign-in), which the host adds to the returned builder.
    public static IdentityBuilder AddCsrCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));

        // The engine is chosen once, when first needed, so hosts and tests can override the options late.
        services.AddSingleton(sp => DatabaseEngine.For(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, contentRoot));
        services.AddDbContextFactory<AppDbContext>((sp, options) => sp.GetRequiredService<DatabaseEngine>().Configure(options));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseInitializer>();

        // Keys in the database instead of the user profile: a restart keeps everyone signed in, and every instance
        // reads the same key ring (the first key is made under the start-up lock, decision 0202). The fixed name keeps
        // keys valid if the install path changes.
        services.AddDataProtection()
            .SetApplicationName("CsrSponsorship")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddScoped<UserAdminService>();
        services.AddScoped<CompanyService>();
        services.AddScoped<DeskService>();
        services.AddScoped<DeskReportService>();
        services.AddScoped<OutreachService>();
        services.AddScoped<OutreachReportService>();
        services.AddScoped<InterestService>();
        services.AddScoped<LeadService>();
        services.AddScoped<NominationService>();
        services.AddSingleton<LeadRetention>();
        services.AddScoped<WilayahService>();
        services.AddScoped<OverviewService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<CoverageService>();
        services.AddSingleton<PublicCoverageSnapshot>();
        services.AddSingleton<DisnakerDashboardSnapshot>();
        services.Configure<CoverageOptions>(configuration.GetSection(CoverageOptions.Section));
        services.AddScoped<CsrStatementService>();
        services.AddScoped<Features.Workers.WorkerService>();
        services.AddScoped<Features.Contributions.RateService>();
        services.AddScoped<Features.Sponsorships.SponsorshipService>();
        services.AddScoped<Features.Sponsorships.AdoptionService>();
        services.AddScoped<Features.Sponsorships.HandoverService>();
        services.AddScoped<Features.Sponsorships.RetentionService>();
        services.AddScoped<Features.Workers.WorkerImportService>();
        services.AddScoped<Features.Invoicing.InvoiceService>();
        services.AddScoped<Features.Numbering.NumberingService>();
        services.AddScoped<Features.Payments.PaymentService>();
        services.AddScoped<Features.Invoicing.InvoiceDocumentService>();
        services.AddScoped<Features.Payments.ReceiptDocumentService>();
        services.AddScoped<Features.Payments.BpjsReconciliationService>();
        services.AddScoped<Features.CircularLetters.LetterRenderer>();
        services.AddSingleton<Features.CircularLetters.LetterCopyBases>();
        services.AddScoped<Features.CircularLetters.CircularLetterService>();
        services.AddScoped<Features.CircularLetters.LetterDistributionService>();
        services.AddScoped<Features.CircularLetters.LetterDocumentService>();
        services.AddScoped<Features.CircularLetters.LetterFunnelService>();
        services.Configure<Features.CircularLetters.CircularLetterOptions>(configuration.GetSection(Features.CircularLetters.CircularLetterOptions.Section));
        services.AddScoped<Features.Reports.ReportService>();
        services.AddScoped<Features.Reports.ExportService>();
        services.AddScoped<Features.Audit.AuditService>();
        services.Configure<Features.Numbering.InvoiceOptions>(configuration.GetSection(Features.Numbering.InvoiceOptions.Section));
        // The web host replaces this with the request-aware address.
        services.TryAddScoped<Features.Numbering.IPublicAddress, Features.Numbering.ConfiguredPublicAddress>();
        services.Configure<Domain.Workers.WorkerRulesOptions>(configuration.GetSection(Domain.Workers.WorkerRulesOptions.Section));

        return services.AddIdentityCore<ApplicationUser>(options =>
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
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>();
    }
}
