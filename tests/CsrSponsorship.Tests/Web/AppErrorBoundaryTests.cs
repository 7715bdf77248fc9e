using Bunit;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CsrSponsorship.Tests.Web;

public sealed class AppErrorBoundaryTests : MudTestContext
{
    private readonly CapturingLoggerProvider logs = new();

    public AppErrorBoundaryTests() => Services.AddLogging(builder => builder.AddProvider(logs));

    [Fact]
    public void A_crash_in_a_page_shows_an_Indonesian_message_with_a_code_and_logs_the_details_under_that_code()
    {
        var cut = Render<AppErrorBoundary>(p => p.AddChildContent<Exploding>());

        var code = cut.Find("[data-testid=app-error-code]").TextContent;
        Assert.Contains("Terjadi kesalahan", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia-internal", cut.Markup, StringComparison.Ordinal);
        var entry = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(code, entry.Message, StringComparison.Ordinal);
        Assert.Equal("rahasia-internal", entry.Exception?.Message);
    }

    // The exceptions the engines really throw when a write waited too long for its turn (decision 0201).
    public static TheoryData<string> BusyErrors => new() { "sqlite-busy", "postgres-lock-timeout", "postgres-deadlock" };

    [Theory]
    [MemberData(nameof(BusyErrors))]
    public void A_write_that_waited_too_long_for_its_turn_says_nothing_was_saved_and_to_try_again(string kind)
    {
        Exception busy = kind switch
        {
            "sqlite-busy" => new SqliteException("database is locked", 5),
            "postgres-lock-timeout" => new PostgresException("canceling statement due to lock timeout", "ERROR", "ERROR", "55P03"),
            _ => new DbUpdateException("save failed", new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")),
        };

        var cut = Render<AppErrorBoundary>(p => p.AddChildContent<Exploding>(c => c.Add(e => e.Error, busy)));

        Assert.Equal(AppErrorBoundary.BusyMessage, cut.Find("[data-testid=app-error-text]").TextContent.Trim());
        Assert.NotEmpty(cut.Find("[data-testid=app-error-code]").TextContent);
        Assert.All(["database is locked", "lock timeout", "deadlock"], raw => Assert.DoesNotContain(raw, cut.Markup, StringComparison.Ordinal));
    }

    private sealed class Exploding : ComponentBase
    {
        [Parameter]
        public Exception Error { get; set; } = new InvalidOperationException("rahasia-internal");

        protected override void OnInitialized() => throw Error;
    }

    private sealed record LogEntry(LogLevel Level, string Message, Exception? Exception);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<LogEntry> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(List<LogEntry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (entries)
                {
                    entries.Add(new LogEntry(logLevel, formatter(state, exception), exception));
                }
            }
        }
    }
}
