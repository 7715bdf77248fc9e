using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Security;

// The real app, built by WebApplicationFactory over its own SQLite file: its endpoint table is what is routed.
public sealed class RealAppFixture : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "csr-tests", Guid.NewGuid().ToString("N"));

    public RealAppFixture()
    {
        Directory.CreateDirectory(directory);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Path", Path.Combine(directory, "csr.db"));
        });
        Endpoints = [.. Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];
    }

    public WebApplicationFactory<Program> Factory { get; }

    public IReadOnlyList<RouteEndpoint> Endpoints { get; }

    public void Dispose()
    {
        Factory.Dispose();
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
}

public sealed partial class EndpointAccessTests(RealAppFixture app) : IClassFixture<RealAppFixture>
{
    private IEnumerable<RouteEndpoint> Pages => app.Endpoints.Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null);

    // Neither a page nor the framework's own: what the app maps itself (minimal APIs, health checks).
    private IEnumerable<RouteEndpoint> AppEndpoints => app.Endpoints.Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null && !IsFramework(e));

    [Fact]
    public void Every_routed_page_is_a_matrix_page_and_every_matrix_page_is_routed()
    {
        var routed = Pages.Select(e => e.RoutePattern.RawText!).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(routed.Except(AccessMatrix.Pages.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(AccessMatrix.Pages.Keys.Except(routed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_app_endpoint_has_a_matrix_entry_and_every_entry_an_endpoint()
    {
        var mapped = AppEndpoints.Select(Key).ToList();

        Assert.True(mapped.Count >= 9, string.Join(", ", mapped));
        Assert.Empty(mapped.Except(AccessMatrix.Endpoints.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(AccessMatrix.Endpoints.Keys.Except(mapped).Order(StringComparer.Ordinal));
    }

    // Open entries allow anyone; the others require a signed-in user and (except the keep-alive) name an operation the matrix walks.
    [Fact]
    public void Every_app_endpoint_requires_sign_in_exactly_when_an_operation_decides()
    {
        Assert.All(AppEndpoints.Where(e => AccessMatrix.Endpoints.ContainsKey(Key(e))), e =>
        {
            var entry = AccessMatrix.Endpoints[Key(e)];
            var requiresSignIn = e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
            Assert.True(requiresSignIn == entry.RequiresSignIn, $"{Key(e)}: sign-in required {requiresSignIn}, matrix says {entry.RequiresSignIn} (decided by {entry.DecidedBy ?? "nobody"})");
            Assert.True(entry.DecidedBy is null || AccessMatrix.Operations.ContainsKey(entry.DecidedBy), $"{Key(e)}: {entry.DecidedBy} is not a matrix operation");
        });
    }

    [Fact]
    public async Task Every_document_download_sends_an_anonymous_caller_to_sign_in()
    {
        using var http = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var entry in AccessMatrix.Endpoints.Where(e => e.Value.DecidedBy is not null))
        {
            var path = RouteParameter().Replace(entry.Key["GET ".Length..], "1");

            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
            Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    private static string Key(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        return $"{(methods is { Count: > 0 } ? string.Join(",", methods) : "ANY")} {endpoint.RoutePattern.RawText}";
    }

    // Blazor's circuit hub and helpers, static files (fingerprinted assets and Development's file fallback).
    private static bool IsFramework(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
        || endpoint.RoutePattern.RawText is "{**path:file}"
        || endpoint.RoutePattern.RawText!.StartsWith("/_blazor", StringComparison.Ordinal)
        || endpoint.RoutePattern.RawText.StartsWith("/_framework/", StringComparison.Ordinal);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
