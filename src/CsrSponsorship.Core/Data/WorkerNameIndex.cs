using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data;

// Name search on Workers.NormalizedName served by an index on both engines (part of the engine seam, decisions 0200
// and 0211). The key is already normalised (NameKey: upper case, no accents, single spaces), so matching is literal.
// A key of 3 characters or more is a contains-match, in two parts on both engines (decision 0197): the names that start
// with the key (a range of the NormalizedName b-tree; collation "C" on PostgreSQL) and those that hold it further on
// (both engines index the name without its first character: SQLite in the FTS5 trigram table WorkerNameTail, kept in
// step with Workers by triggers from the migration, decision 0223; PostgreSQL in a pg_trgm GIN index). A shorter key has
// no trigram: it matches names that start with it, through the NormalizedName b-tree on both engines.
public static class WorkerNameIndex
{
    public const int ContainsFrom = 3;

    public const string SqliteTable = "WorkerNameTail";

    // The SQLite table filled again from Workers in one pass (the bulk load, decision 0207). FTS5 merges its segments as
    // they are written unless told not to (automerge, default 4): 14 s for 1M names with it, 9 s without; the flush
    // still merges a level of 16 (crisismerge), so the table stays a few segments and the query as fast (~1.3 ms for
    // "SITI"). Later single inserts merge as usual again.
    internal static readonly IReadOnlyList<string> SqliteRefill =
    [
        $"INSERT INTO \"{SqliteTable}\" (\"{SqliteTable}\") VALUES ('delete-all')",
        $"INSERT INTO \"{SqliteTable}\" (\"{SqliteTable}\", rank) VALUES ('automerge', 0)",
        $"INSERT INTO \"{SqliteTable}\" (rowid, \"Tail\") SELECT \"Id\", substr(\"NormalizedName\", 2) FROM \"Workers\"",
        $"INSERT INTO \"{SqliteTable}\" (\"{SqliteTable}\", rank) VALUES ('automerge', 4)",
    ];

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

    // The ids of the workers whose name matches, as disjoint parts: the first an index-only range of the name b-tree, the
    // second the (few, for a first name) names holding the key further on.
    public static IReadOnlyList<IQueryable<int>> IdsWithNameMatching(this AppDbContext db, string key)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. db.Workers.NameMatchParts(db, key).Select(part => part.Select(w => w.Id))];
    }

    // The workers whose name holds the key after its first character: one FTS5 phrase (its trigrams in a row, i.e. the
    // key as a substring; the table is case-sensitive and the key upper case) over each name without its first character
    // (decision 0223). A name that also starts with the key is among them; the caller takes it out.
    internal static IQueryable<int> TailMatches(AppDbContext db, string key) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"WorkerNameTail\" WHERE \"WorkerNameTail\" MATCH {Phrase(key)}");

    private static string Phrase(string key) => "\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
