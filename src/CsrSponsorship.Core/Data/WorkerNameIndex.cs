using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data;

// Name search on Workers.NormalizedName served by an index on both engines (part of the engine seam, decisions 0200
// and 0211). The key is already normalised (NameKey: upper case, no accents, single spaces), so matching is literal.
// A key of 3 characters or more is a contains-match: on SQLite through the FTS5 trigram table WorkerNameSearch (kept in
// step with Workers by triggers from the migration), on PostgreSQL through the pg_trgm GIN index on NormalizedName.
// A shorter key has no trigram: it matches names that start with it, through the NormalizedName b-tree (SQLite) or the
// trigram index (PostgreSQL; pg_trgm indexes the padded start of every word).
public static class WorkerNameIndex
{
    public const int ContainsFrom = 3;

    public const string SqliteTable = "WorkerNameSearch";

    public static IQueryable<Worker> WhereNameMatches(this IQueryable<Worker> workers, AppDbContext db, string key)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return workers;
        }

        if (db.Database.IsNpgsql())
        {
            var pattern = key.Length < ContainsFrom ? LikePattern.StartsWith(key) : LikePattern.Contains(key);
            return workers.Where(w => EF.Functions.Like(w.NormalizedName, pattern, LikePattern.Escape));
        }

        if (key.Length < ContainsFrom)
        {
            // [key, key with its last character raised by one): every name that starts with key, in BINARY order.
            var after = string.Concat(key.AsSpan(0, key.Length - 1), [(char)(key[^1] + 1)]);
#pragma warning disable CA1309 // Translated to SQL ">=" and "<": ordinal there, in the column's BINARY collation.
            return workers.Where(w => string.Compare(w.NormalizedName, key) >= 0 && string.Compare(w.NormalizedName, after) < 0);
#pragma warning restore CA1309
        }

        var ids = TrigramMatches(db, key);
        return workers.Where(w => ids.Contains(w.Id));
    }

    // The ids of the workers whose name matches, straight from the index where it can answer alone (SQLite's FTS table:
    // counting these does not touch the Workers rows).
    public static IQueryable<int> IdsWithNameMatching(this AppDbContext db, string key)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        return key.Length >= ContainsFrom && !db.Database.IsNpgsql()
            ? TrigramMatches(db, key)
            : db.Workers.WhereNameMatches(db, key).Select(w => w.Id);
    }

    // One FTS5 phrase: its trigrams in a row, i.e. the key as a substring (the trigram table is case-sensitive, so this
    // is exactly NormalizedName LIKE '%key%' on the upper-case key).
    private static IQueryable<int> TrigramMatches(AppDbContext db, string key)
    {
        var phrase = "\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"WorkerNameSearch\" WHERE \"WorkerNameSearch\" MATCH {phrase}");
    }
}
