using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Web.Hosting;

// Section "Circuits": how long a circuit whose connection dropped is kept for the browser to come back to, how many
// such circuits are kept at most, and how long a call into the browser may take (decision 0216). A kept circuit holds
// all its memory until it is resumed or dropped; a tab closed normally is ended at once and not kept.
internal sealed class CircuitLimitsOptions
{
    public const string Section = "Circuits";

    // Long enough for a phone that switches networks or a laptop lid closed over a short break; ASP.NET's default is
    // 180 s.
    public int DisconnectedRetentionSeconds { get; set; } = 120;

    // ASP.NET's default; at about 1 MB a circuit, a whole office losing its network at once costs about 100 MB.
    public int DisconnectedMaxRetained { get; set; } = 100;

    // ASP.NET's default is 60 s; the app's calls into the browser (viewport, focus, downloads) answer in milliseconds,
    // and a call nobody answers keeps its circuit's task and state alive until then.
    public int JSInteropTimeoutSeconds { get; set; } = 30;
}

internal static class CircuitLimits
{
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services)
    {
        services.AddOptions<CircuitLimitsOptions>().BindConfiguration(CircuitLimitsOptions.Section)
            .Validate(o => o.DisconnectedRetentionSeconds >= 0 && o.DisconnectedMaxRetained >= 0 && o.JSInteropTimeoutSeconds > 0,
                "Circuits: DisconnectedRetentionSeconds and DisconnectedMaxRetained must be 0 or more, JSInteropTimeoutSeconds more than 0.")
            .ValidateOnStart();
        services.AddOptions<CircuitOptions>().Configure<IOptions<CircuitLimitsOptions>>((circuit, limits) =>
        {
            circuit.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(limits.Value.DisconnectedRetentionSeconds);
            circuit.DisconnectedCircuitMaxRetained = limits.Value.DisconnectedMaxRetained;
            circuit.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(limits.Value.JSInteropTimeoutSeconds);
        });
        return services;
    }

    // Each circuit's WebSocket compresses what it sends (Blazor's default) with a zlib deflater of about 256 KB of
    // native memory; with context takeover (the default) it lives as long as the connection, so every open tab kept it
    // and glibc kept the pages after the tab closed. Without takeover each render batch is compressed on its own and
    // the deflater is freed after every message: slightly larger frames, no memory held between them (decision 0216).
    public static void ConfigureServerRenderMode(ServerComponentsEndpointOptions options) =>
        options.ConfigureWebSocketAcceptContext = (_, accept) =>
        {
            // Compression stays on, as Blazor has it by default; only the per-connection deflater goes.
            accept.DangerousEnableCompression = true;
            accept.DisableServerContextTakeover = true;
            return Task.CompletedTask;
        };
}
