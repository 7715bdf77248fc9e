using CsrSponsorship.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Data;

// Each engine has its own migrations project generated from the one model; a model change without a migration for
// both fails here. Neither database is opened: the comparison is between the model and the migrations' snapshot.
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public void The_Sqlite_migrations_have_no_pending_model_changes() =>
        Assert.False(PendingChanges(b => b.UseSqlite("Data Source=unused.db", s => s.MigrationsAssembly(DatabaseEngine.SqliteMigrations))),
            "Add a migration: dotnet ef migrations add <Name> --project src/CsrSponsorship.Migrations.Sqlite --startup-project src/CsrSponsorship.Migrations.Sqlite");

    [Fact]
    public void The_PostgreSql_migrations_have_no_pending_model_changes() =>
        Assert.False(PendingChanges(b => b.UseNpgsql("Host=unused", n => n.MigrationsAssembly(DatabaseEngine.PostgreSqlMigrations))),
            "Add a migration: dotnet ef migrations add <Name> --project src/CsrSponsorship.Migrations.PostgreSql --startup-project src/CsrSponsorship.Migrations.PostgreSql");

    private static bool PendingChanges(Action<DbContextOptionsBuilder> provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        provider(options);
        using var db = new AppDbContext(options.Options);
        return db.Database.HasPendingModelChanges();
    }
}
