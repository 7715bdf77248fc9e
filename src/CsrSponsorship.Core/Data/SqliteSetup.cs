using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CsrSponsorship.Core.Data;

public static class SqliteSetup
{
    public const string MigrationsAssembly = "CsrSponsorship.Migrations.Sqlite";

    public static DbContextOptionsBuilder UseCsrDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options, string contentRoot)
    {
        if (!string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not supported by this build; use 'Sqlite'.");
        }

        return builder
            .UseSqlite(options.ResolveConnectionString(contentRoot), sqlite => sqlite.MigrationsAssembly(MigrationsAssembly))
            .AddInterceptors(PragmaInterceptor.Instance);
    }

    // Per-connection settings: wait for a writer instead of failing at once, and the WAL-safe sync level.
    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        public static readonly PragmaInterceptor Instance = new();

        private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
