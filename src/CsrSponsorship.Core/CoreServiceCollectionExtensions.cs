using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Core;

public static class CoreServiceCollectionExtensions
{
    // Everything Core needs except ICurrentUser, which each host supplies (circuit, HTTP request, test).
    public static IServiceCollection AddCsrCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddDbContextFactory<AppDbContext>(options => options.UseCsrDatabase(database, contentRoot));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseInitializer>();

        services.AddScoped<UserAdminService>();
        services.AddScoped<CompanyService>();
        services.AddScoped<WilayahService>();
        services.AddScoped<Features.Reports.OverviewService>();
        return services;
    }
}
