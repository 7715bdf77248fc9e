using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data;

// Name search on Workers.NormalizedName served by an index on both engines (part of the engine seam, decisions 0200
// and 0211). The key is already normalised (NameKey: upper case, no accents, single spaces), so matching is literal.
// A key of 3 characters or more is a contains-match, in two parts on both engines (decision 0197): the names that start
// with the key (a range of the NormalizedName b-tree; collation "C" on PostgreSQL) and those that hold it further on
// (SQLite: the FTS5 trigram table WorkerNameSearch, kept in step with Workers by triggers from the migration, as the
// phrase not at the first position; PostgreSQL: the pg_trgm GIN index on the name without its first character). A shorter key has no trigram: it matches names that start with it,
// through the NormalizedName b-tree on both engines.
public static class WorkerNameIndex
{
    public const int ContainsFrom = 3;

    public const string SqliteTable = "WorkerNameSearch";

    // PostgreSQL orders and compares the name byte by byte, as SQLite's BINARY does: a LIKE 'key%' is then a range of the
    // b-tree, in the list's order (in a linguistic collation neither holds).
    public const string PostgreSqlCollation = "C";

    public static void Register(ModelBuilder builder, bool postgreSql)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (postgreSql)
        {
            builder.Entity<Worker>().Property(w => w.NormalizedName).UseCollation(PostgreSqlCollation);
        }
    }

    public static IQueryable<Worker> WhereNameMatches(this IQueryable<Worker> workers, AppDbContext db, string key) =>
        NameMatchParts(workers, db, key).Aggregate((all, part) => all.Concat(part));

    // The match as disjoint parts (two for a key of 3 characters or more, else one): a caller that wants the first rows in name order
    // takes them from each part and merges, so each part's index reads only what it contributes (WorkerSearch).
    public static IReadOnlyList<IQueryable<Worker>> NameMatchParts(this IQueryable<Worker> workers, AppDbContext db, string key)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        return key.Length == 0 ? [workers] : DatabaseEngine.Of(db).NameMatchParts(workers, db, key);
    }

    // The ids of the workers whose name matches, as disjoint parts, straight from the index where it can answer alone
    // (SQLite's FTS table: counting these does not touch the Workers rows).
    public static IReadOnlyList<IQueryable<int>> IdsWithNameMatching(this AppDbContext db, string key)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        return key.Length == 0 ? [db.Workers.Select(w => w.Id)] : DatabaseEngine.Of(db).IdsWithNameMatching(db, key);
    }

    // One FTS5 phrase: its trigrams in a row, i.e. the key as a substring (the trigram table is case-sensitive, so this
    // is exactly NormalizedName LIKE '%key%' on the upper-case key). Every match, for counting: a count needs no parts.
    internal static IQueryable<int> TrigramMatches(AppDbContext db, string key) => TrigramQuery(db, Phrase(key));

    // The same phrase NOT the phrase at the first position (^): the names that hold the key but do not start with it,
    // straight from the FTS index (reading each match's row to test its start cost 65 ms for "siti" at 1M, this 10 ms).
    internal static IQueryable<int> TrigramMatchesAfterStart(AppDbContext db, string key) => TrigramQuery(db, Phrase(key) + " NOT ^" + Phrase(key));

    private static string Phrase(string key) => "\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IQueryable<int> TrigramQuery(AppDbContext db, string query) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"WorkerNameSearch\" WHERE \"WorkerNameSearch\" MATCH {query}");
}
