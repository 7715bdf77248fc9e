namespace CsrSponsorship.Core.Common;

// SQLite ignores [Timestamp]; AppDbContext renews Version on every update so that two writers
// of the same row get a DbUpdateConcurrencyException instead of a silent lost update.
public interface IVersioned
{
    Guid Version { get; set; }
}
