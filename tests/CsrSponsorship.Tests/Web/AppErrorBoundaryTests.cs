using Bunit;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

    private sealed class Exploding : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("rahasia-internal");
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
