using System.Reflection;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Web.Components.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace CsrSponsorship.Tests.Security;

public sealed class PageAccessTests
{
    private static readonly IReadOnlyList<(string Route, Type Page)> Routes =
        typeof(NavCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (r.Template, t)))
            .ToList();

    [Fact]
    public void Every_routable_page_has_a_matrix_entry_and_every_entry_a_page()
    {
        var routes = Routes.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(routes.Except(AccessMatrix.Pages.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(AccessMatrix.Pages.Keys.Except(routes).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_page_admits_exactly_the_roles_the_matrix_declares()
    {
        var disagreements = Routes
            .Where(r => AccessMatrix.Pages.ContainsKey(r.Route))
            .Select(r => (r.Route, Declared: Describe(AccessMatrix.Pages[r.Route]), Actual: Describe(EffectiveRoles(r.Page))))
            .Where(r => r.Declared != r.Actual)
            .Select(r => $"{r.Route}: matrix {r.Declared}, page {r.Actual}");

        Assert.Empty(disagreements);
    }

    // What AuthorizeRouteView enforces: [AllowAnonymous] wins; every [Authorize] must pass (roles intersect);
    // no [Authorize] at all means public.
    private static string[] EffectiveRoles(Type page)
    {
        if (page.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any())
        {
            return [AccessMatrix.Public];
        }

        var authorize = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
        if (authorize.Count == 0)
        {
            return [AccessMatrix.Public];
        }

        IEnumerable<string> roles = Roles.All;
        foreach (var attribute in authorize.Where(a => !string.IsNullOrEmpty(a.Roles)))
        {
            roles = roles.Intersect(attribute.Roles!.Split(',', StringSplitOptions.TrimEntries));
        }

        return [.. roles];
    }

    private static string Describe(IEnumerable<string> roles) => string.Join(",", roles.Order(StringComparer.Ordinal));
}
