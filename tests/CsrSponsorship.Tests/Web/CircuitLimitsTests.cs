using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Tests.Web;

// The circuit limits an operator may tune (section "Circuits", docs/configuration.md) reach Blazor's CircuitOptions.
public sealed class CircuitLimitsTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Without_settings_a_dropped_circuit_is_kept_two_minutes_and_a_browser_call_may_take_thirty_seconds()
    {
        using var factory = Factory(new Dictionary<string, string>());
        var circuit = factory.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(2), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(100, circuit.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromSeconds(30), circuit.JSInteropDefaultCallTimeout);
    }

    [Fact]
    public void The_Circuits_settings_set_how_long_and_how_many_dropped_circuits_are_kept()
    {
        using var factory = Factory(new Dictionary<string, string>
        {
            ["Circuits:DisconnectedRetentionSeconds"] = "45",
            ["Circuits:DisconnectedMaxRetained"] = "20",
            ["Circuits:JSInteropTimeoutSeconds"] = "10",
        });
        var circuit = factory.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(45), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(20, circuit.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromSeconds(10), circuit.JSInteropDefaultCallTimeout);
    }

    private WebApplicationFactory<Program> Factory(Dictionary<string, string> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Path", Path.Combine(directory, "csr.db"));
            b.UseSetting("Demo:Enabled", "false");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
