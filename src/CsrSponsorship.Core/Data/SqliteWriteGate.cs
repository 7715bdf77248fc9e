using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CsrSponsorship.Core.Data;

// One write turn per database file in this process (decision 0218). SQLite lets one writer in at a time; without
// the gate the others poll its busy handler, which sleeps between tries (up to 100 ms a try), so a writer that comes
// in just after a commit can wait far longer than the writes ahead of it took: the payments' tail. With the gate,
// writers of this process wait in a queue (SemaphoreSlim) and each one begins its transaction the moment the one
// before it ends. Writers in another process (a second instance, the backup tool) still meet at SQLite's own lock,
// which busy_timeout bounds as before.
[SuppressMessage("Design", "CA1001", Justification = "One gate per database file for the life of the process; its semaphore is never disposed.")]
internal sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    // As long as busy_timeout: after that the writer gives up with SQLITE_BUSY, which DatabaseErrors.IsBusy knows.
    internal static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim turn = new(1, 1);

    private DbConnection? holder;

    private SqliteWriteGate()
    {
    }

    public static SqliteWriteGate For(string databaseFile) => Gates.GetOrAdd(Path.GetFullPath(databaseFile), _ => new SqliteWriteGate());

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!Holds(connection))
        {
            Take(connection, turn.Wait(Patience));
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (!Holds(connection))
        {
            Take(connection, await turn.WaitAsync(Patience, cancellationToken));
        }

        return result;
    }

    public void TransactionCommitted(DbConnection connection, TransactionEndEventData eventData) => Release(connection);

    public Task TransactionCommittedAsync(DbConnection connection, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbConnection connection, TransactionEndEventData eventData) => Release(connection);

    public Task TransactionRolledBackAsync(DbConnection connection, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    // A failed BEGIN, COMMIT or ROLLBACK: whatever SQLite did, this transaction's turn is over.
    public void TransactionFailed(DbConnection connection, TransactionErrorEventData eventData) => Release(connection);

    public Task TransactionFailedAsync(DbConnection connection, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback (an exception on the way) is rolled back by SQLite when its
    // connection closes or is disposed, and no transaction event is raised: the turn ends there.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    private bool Holds(DbConnection connection) => ReferenceEquals(Volatile.Read(ref holder), connection);

    private void Take(DbConnection connection, bool entered)
    {
        if (!entered)
        {
            throw new SqliteException("Giliran menulis ke database tidak didapat dalam 10 detik. / database is locked (write gate)", 5);
        }

        Volatile.Write(ref holder, connection);
    }

    private void Release(DbConnection connection)
    {
        if (ReferenceEquals(Interlocked.CompareExchange(ref holder, null, connection), connection))
        {
            turn.Release();
        }
    }
}
