using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Data;

public sealed class DatabaseLifecycleTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(directory, "csr.db");

    [Fact]
    public async Task Data_survives_a_restart()
    {
        await using (var first = await TestApp.StartAsync(demo: true, databasePath: DatabasePath))
        {
            await first.InsertAsync(new CompanyBuilder().Named("PT Tetap Ada").Build());
        }

        await using var second = await TestApp.StartAsync(demo: true, databasePath: DatabasePath);
        await using var db = await second.DbAsync();
        Assert.True(await db.Companies.AnyAsync(c => c.LegalName == "PT Tetap Ada"));
        Assert.Equal(5, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Deleting_the_file_and_restarting_recreates_a_seeded_database()
    {
        await using (var first = await TestApp.StartAsync(demo: true, databasePath: DatabasePath))
        {
            await first.InsertAsync(new CompanyBuilder().Named("PT Akan Hilang").Build());
        }

        foreach (var file in Directory.GetFiles(directory, "csr.db*"))
        {
            File.Delete(file);
        }

        await using var second = await TestApp.StartAsync(demo: true, databasePath: DatabasePath);
        await using var db = await second.DbAsync();
        Assert.False(await db.Companies.AnyAsync(c => c.LegalName == "PT Akan Hilang"));
        Assert.Equal(135, await db.Desa.CountAsync());
        Assert.Equal(5, await db.Users.CountAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
