using CsrSponsorship.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CsrSponsorship.Migrations.PostgreSql;

// Used only by `dotnet ef migrations add`; the server named here is never contacted for that.
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=csr_design", npgsql => npgsql.MigrationsAssembly(DatabaseEngine.PostgreSqlMigrations))
            .Options;
        return new AppDbContext(options);
    }
}
