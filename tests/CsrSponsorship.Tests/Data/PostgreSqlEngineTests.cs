using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Wilayah;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CsrSponsorship.Tests.Data;

// What differs between the engines, proven on a real PostgreSQL server (PostgresServer) and a real SQLite file.
[Trait("Category", "Postgres")]
public sealed class PostgreSqlEngineTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    public static TheoryData<string> Engines => new() { DatabaseEngine.SqliteName, DatabaseEngine.PostgreSqlName };

    [Fact]
    public async Task An_empty_PostgreSQL_database_is_migrated_and_gets_the_official_and_demo_data_at_start_up()
    {
        var empty = await PostgresServer.CreateDatabaseAsync(empty: true);
        try
        {
            await using var app = await TestApp.StartOnPostgresAsync(empty, demo: true);
            await using var db = await app.DbAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(135, await db.Desa.CountAsync());
            Assert.Equal(5, await db.Desa.CountAsync(d => d.Kind == DesaKind.Kelurahan));
            Assert.True(await db.Users.CountAsync() >= 5);
            Assert.True(await db.Companies.AnyAsync());
            Assert.True(await db.Invoices.AnyAsync(i => i.Number != null));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(empty);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_row_refused_by_a_unique_index_is_recognised_as_such(string engine)
    {
        await using var app = await TestApp.StartAsync(engine, postgres);
        var name = "kembar-" + Guid.NewGuid().ToString("N")[..8];
        await AddUserAsync(app, name);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => AddUserAsync(app, name));

        Assert.True(DatabaseErrors.IsUniqueViolation(refused), refused.InnerException?.Message);
        Assert.False(DatabaseErrors.IsUniqueViolation(new DbUpdateException("other", new InvalidOperationException())));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Issued_invoices_get_consecutive_numbers(string engine)
    {
        await using var app = await TestApp.StartAsync(engine, postgres);
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var company = await app.CompanyAsync("PT Nomor " + engine);

        var first = await app.IssuedInvoiceAsync(company, workers: 1);
        var second = await app.IssuedInvoiceAsync(company, workers: 1);

        await using var db = await app.DbAsync();
        var numbers = await db.Invoices.Where(i => i.Id == first || i.Id == second).OrderBy(i => i.Id).Select(i => i.Number!).ToListAsync();
        // The default template: 900.1/{urut:000}/Disnakerind/{bulan_romawi}/{tahun}.
        var serials = numbers.Select(n => int.Parse(n.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(serials[0] + 1, serials[1]);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_same_bank_transfer_recorded_twice_is_one_payment(string engine)
    {
        await using var app = await TestApp.StartAsync(engine, postgres);
        var june5 = new DateOnly(2026, 6, 5);
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Bayar " + engine));
        app.Clock.SetWitaDate(june5);
        app.ActAsKeuangan();
        var payments = app.Get<PaymentService>();

        var first = await payments.RecordAsync(invoiceId, new PaymentInput(june5, 100_000, PaymentMethod.TransferBpjs, "TRX-PG-1"));
        var second = await payments.RecordAsync(invoiceId, new PaymentInput(june5, 100_000, PaymentMethod.TransferBpjs, "trx-pg-1 "));

        Assert.Equal(first.PaymentId, second.PaymentId);
        Assert.True(second.WasDuplicate);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Payments.CountAsync(p => p.InvoiceId == invoiceId));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Searching_companies_and_villages_ignores_case(string engine)
    {
        await using var app = await TestApp.StartAsync(engine, postgres);
        var company = await app.CompanyAsync("PT Sumber Makmur " + engine);
        app.ActAsAdmin();

        var companies = await app.Get<CompanyService>().ListAsync(new CompanyQuery("sumber MAKMUR " + engine.ToLowerInvariant()));
        var villages = await app.Get<WilayahService>().SearchDesaAsync(new DesaQuery("liang ANGGANG"));

        Assert.Equal([company.Id], companies.Items.Select(c => c.Id));
        Assert.Equal(["Liang Anggang"], villages.Items.Select(d => d.Name));
    }

    // PostgreSQL's BEGIN IMMEDIATE (decision 0201): a write transaction holds the one writer lock until it ends, and a
    // reader on another instance meanwhile reads without waiting.
    [Fact]
    public async Task A_write_transaction_holds_the_writer_lock_until_it_ends_while_another_instance_reads()
    {
        await using var a = await TestApp.StartOnPostgresAsync(postgres.ConnectionString);
        await using var b = await TestApp.StartOnPostgresAsync(postgres.ConnectionString);
        await using var reader = await b.DbAsync();
        await using (var writer = await a.DbAsync())
        {
            await using var transaction = await writer.Database.BeginTransactionAsync();

            Assert.Equal(1, await WriterLocksAsync(reader));
            Assert.Equal(135, await reader.Desa.CountAsync());
            await transaction.CommitAsync();
        }

        Assert.Equal(0, await WriterLocksAsync(reader));
    }

    // UPDATE and DELETE are refused on both engines (Concurrency/TwoInstancesTests); TRUNCATE exists only here.
    [Fact]
    public async Task PostgreSQL_refuses_to_truncate_the_audit_log()
    {
        await using var app = await TestApp.StartOnPostgresAsync(postgres.ConnectionString);
        await AddUserAsync(app, "diaudit-" + Guid.NewGuid().ToString("N")[..8]);
        await using var db = await app.DbAsync();

        var truncate = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""));

        Assert.Contains("audit log is append-only", truncate.MessageText, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task An_unreachable_server_stops_start_up_with_one_line_naming_the_host()
    {
        var options = new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = "Host=127.0.0.1;Port=1;Database=csr;Username=csr;Timeout=3" };

        var stopped = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseEngine.For(options, ".").EnsureReachableAsync(CancellationToken.None));

        Assert.Contains("PostgreSQL di 127.0.0.1:1 tidak dapat dihubungi", stopped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', stopped.Message);
    }

    [Fact]
    public async Task A_refused_login_stops_start_up_naming_the_host_and_the_user()
    {
        var server = new NpgsqlConnectionStringBuilder(await PostgresServer.AdminAsync()) { Username = "tidak_ada", Database = "csr" };
        var options = new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = server.ConnectionString };

        var stopped = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseEngine.For(options, ".").EnsureReachableAsync(CancellationToken.None));

        Assert.Contains($"PostgreSQL di {server.Host}:{server.Port} menolak login user 'tidak_ada'", stopped.Message, StringComparison.Ordinal);
    }

    private static async Task<int> WriterLocksAsync(AppDbContext db) =>
        await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).SingleAsync();

    private static async Task AddUserAsync(TestApp app, string name)
    {
        await using var db = await app.DbAsync();
        db.Users.Add(new ApplicationUser
        {
            UserName = name,
            NormalizedUserName = name.ToUpperInvariant(),
            Email = name + "@test.local",
            NormalizedEmail = (name + "@test.local").ToUpperInvariant(),
            FullName = name,
            CreatedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
