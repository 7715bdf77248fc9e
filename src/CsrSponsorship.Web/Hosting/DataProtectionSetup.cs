using CsrSponsorship.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace CsrSponsorship.Web.Hosting;

internal static class DataProtectionSetup
{
    // Keys in the database instead of the user profile: a restart keeps everyone signed in, and every instance
    // behind a load balancer reads the same key ring. The fixed name keeps keys valid if the install path changes.
    public static IServiceCollection AddCsrDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("CsrSponsorship")
            .PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
