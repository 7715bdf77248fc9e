using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsrSponsorship.E2E;

// NIK and phone numbers are personal data (UU 27/2022 PDP): they may reach the database, never the log.
public sealed class LogPrivacyTests : IDisposable
{
    private const string Nik = "6301024506900007";
    private const string Phone = "081234567890";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-e2e", Guid.NewGuid().ToString("N"));
    private readonly CapturingLoggerProvider log = new();

    [Fact]
    public async Task Requests_carrying_a_NIK_and_a_phone_number_leave_neither_in_the_log()
    {
        Directory.CreateDirectory(directory);
        await using var factory = new LoggedAppFactory(Path.Combine(directory, "csr.db"), log);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        (await http.GetAsync(new Uri($"/pekerja?cari={Nik}&telepon={Phone}", UriKind.Relative))).Dispose();
        (await http.GetAsync(new Uri($"/pekerja/{Nik}/ubah", UriKind.Relative))).Dispose();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "masuk",
                ["Input.Email"] = $"{Nik}@{Phone}.example",
                ["Input.Password"] = Nik + Phone,
            });
            (await http.PostAsync(new Uri("/masuk", UriKind.Relative), form)).Dispose();
        }

        Assert.NotEmpty(log.Lines);
        var leaks = log.Lines.Where(line => line.Contains(Nik, StringComparison.Ordinal) || line.Contains(Phone, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "Personal data in the log:" + Environment.NewLine + string.Join(Environment.NewLine, leaks));
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

    private sealed class LoggedAppFactory(string databasePath, ILoggerProvider provider) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Path", databasePath);
            builder.UseSetting("Demo:Enabled", "true");
            builder.ConfigureLogging(logging => logging.AddProvider(provider));
        }
    }

    // Keeps every formatted message and exception the app's own log filters let through.
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
