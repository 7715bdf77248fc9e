using CsrSponsorship.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace CsrSponsorship.Core.Data;

// The list searches' LIKE, case-insensitive on both engines (part of the engine seam, decision 0200). SQLite's LIKE
// already ignores ASCII case, so the SQL there is exactly EF.Functions.Like's; PostgreSQL's LIKE is case-sensitive,
// so there both sides are lowered. The pattern comes from LikePattern (escaped with LikePattern.Escape).
public static class TextSearch
{
    public static bool Like(string? value, string pattern) =>
        throw new InvalidOperationException("TextSearch.Like is translated to SQL; use it only inside a database query.");

    internal static void Register(ModelBuilder builder, bool caseSensitiveLike)
    {
        var boolean = new BoolTypeMapping(caseSensitiveLike ? "boolean" : "INTEGER");
        builder.HasDbFunction(typeof(TextSearch).GetMethod(nameof(Like))!).HasTranslation(args =>
        {
            var escape = new SqlConstantExpression(LikePattern.Escape, args[1].TypeMapping);
            return caseSensitiveLike
                ? new LikeExpression(Lower(args[0]), Lower(args[1]), escape, boolean)
                : new LikeExpression(args[0], args[1], escape, boolean);
        });
    }

    private static SqlFunctionExpression Lower(SqlExpression text) =>
        new("lower", [text], nullable: true, argumentsPropagateNullability: [true], typeof(string), text.TypeMapping);
}
