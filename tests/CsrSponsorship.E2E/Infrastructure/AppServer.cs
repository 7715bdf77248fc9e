using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.E2E.Infrastructure;

// The real app on a free loopback port in a chosen environment with chosen settings (AppFixture's app without the
// browser): for what only shows outside Development or with other settings, such as a TLS proxy in front. With
// ownContentRoot it reads its appsettings from a copy in its own folder, so two instances share no file.
public sealed class AppServer : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-e2e", Guid.NewGuid().ToString("N"));
    private readonly Factory factory;

    public AppServer(string environment, IReadOnlyDictionary<string, string> settings, bool ownContentRoot = false)
    {
        Directory.CreateDirectory(directory);
        factory = new Factory(environment, new Dictionary<string, string>(settings) { ["Database:Path"] = Path.Combine(directory, "csr.db") },
            ownContentRoot ? directory : null);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => factory.Services;

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; nothing depends on it.
        }
    }

    private sealed class Factory(string environment, Dictionary<string, string> settings, string? contentRoot) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            if (contentRoot is not null)
            {
                // The project folder the factory chose holds the appsettings files; the static files come from the
                // build's static web assets manifest either way.
                foreach (var file in Directory.EnumerateFiles(builder.GetSetting(WebHostDefaults.ContentRootKey)!, "appsettings*.json"))
                {
                    File.Copy(file, Path.Combine(contentRoot, Path.GetFileName(file)));
                }

                builder.UseContentRoot(contentRoot);
            }

            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
