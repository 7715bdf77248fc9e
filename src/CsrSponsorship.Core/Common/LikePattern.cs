namespace CsrSponsorship.Core.Common;

// Builds LIKE patterns with the user's text escaped, so "%" or "_" in a search box match literally.
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string term) => "%" + EscapeTerm(term.Trim()) + "%";

    public static string StartsWith(string term) => EscapeTerm(term.Trim()) + "%";

    private static string EscapeTerm(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
