using System.Data.Common;
using CsrSponsorship.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Infrastructure;

// A test class run once per engine: each subclass starts the app on its engine, as Admin, and can read a statement's plan.
public abstract class AppOnEachEngine : IAsyncLifetime
{
    protected TestApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await StartAsync();
        App.ActAsAdmin();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    protected abstract Task<TestApp> StartAsync();

    // The plan of one statement (disposed after), one line per step: every column of the engine's EXPLAIN output.
    protected static async Task<string> ExplainAsync(AppDbContext db, DbCommand command, string explain)
    {
        await using var owned = command;
        await db.Database.OpenConnectionAsync();
        command.CommandText = explain + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return string.Join('\n', lines);
    }
}
