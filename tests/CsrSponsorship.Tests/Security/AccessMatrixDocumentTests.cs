using System.Text;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Security;

// The matrix tables in docs/access-control.md are generated from AccessMatrix, so the document cannot drift from what
// the tests walk. After changing AccessMatrix, run this test once with CSR_UPDATE_ACCESS_MATRIX=1 to rewrite the tables.
public sealed class AccessMatrixDocumentTests
{
    private const string Document = "docs/access-control.md";
    private const string Start = "<!-- access-matrix:start — generated from tests/CsrSponsorship.Tests/Security/AccessMatrix.cs by AccessMatrixDocumentTests -->";
    private const string End = "<!-- access-matrix:end -->";

    [Fact]
    public void The_access_control_document_tables_are_the_AccessMatrix()
    {
        var path = RepositoryFiles.PathOf(Document);
        var text = RepositoryFiles.Read(Document);
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{Document} needs the markers {Start} … {End}");

        var expected = Tables();
        var actual = text[(from + Start.Length)..to];
        if (actual != expected && Environment.GetEnvironmentVariable("CSR_UPDATE_ACCESS_MATRIX") == "1")
        {
            File.WriteAllText(path, text[..(from + Start.Length)] + expected + text[to..]);
            return;
        }

        Assert.Equal(expected, actual);
    }

    public static string Tables()
    {
        var md = new StringBuilder("\n");
        var header = string.Join(" | ", Roles.All);
        var rule = string.Concat(Enumerable.Repeat("---|", Roles.All.Count));

        md.Append(Invariant($"### Pages ({AccessMatrix.Pages.Count})\n| Page | {header} |\n|---|{rule}\n"));
        foreach (var (route, roles) in AccessMatrix.Pages)
        {
            md.Append(Invariant($"| `{route}` | {Cells(roles)} |\n"));
        }

        md.Append(Invariant($"\n### Service operations ({AccessMatrix.Operations.Count})\n| Operation | {header} |\n|---|{rule}\n"));
        foreach (var (operation, roles) in AccessMatrix.Operations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            md.Append(Invariant($"| `{operation}` | {Cells(roles)} |\n"));
        }

        md.Append(Invariant($"\n### Endpoints ({AccessMatrix.Endpoints.Count})\n| Endpoint | {header} | Decided by |\n|---|{rule}---|\n"));
        foreach (var (endpoint, access) in AccessMatrix.Endpoints)
        {
            var decider = access.DecidedBy is null ? access.What : $"`{access.DecidedBy}` ({access.What})";
            md.Append(Invariant($"| `{endpoint}` | {Cells(access.Roles)} | {decider} |\n"));
        }

        md.Append(Invariant($"\n### Service methods without an access check ({AccessMatrix.Exempt.Count})\n| Method | Why |\n|---|---|\n"));
        foreach (var (method, reason) in AccessMatrix.Exempt.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            md.Append(Invariant($"| `{method}` | {reason.Replace("|", "\\|", StringComparison.Ordinal)} |\n"));
        }

        return md.ToString();
    }

    private static string Cells(IReadOnlyCollection<string> roles) =>
        string.Join(" | ", Roles.All.Select(r => roles.Contains(AccessMatrix.Public) ? "✓ (anonim)" : roles.Contains(r) ? "✓" : "—"));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
