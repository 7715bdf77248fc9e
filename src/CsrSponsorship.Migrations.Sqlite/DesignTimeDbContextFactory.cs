using CsrSponsorship.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CsrSponsorship.Migrations.Sqlite;

// Used only by `dotnet ef migrations add`; the database named here is never opened for migrations.
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(DatabaseEngine.SqliteMigrations))
            .Options;
        return new AppDbContext(options);
    }
}
