using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CsrSponsorship.Benchmarks.Scale;

// The bulk INSERT of one table bound by position straight through SQLitePCL. Microsoft.Data.Sqlite binds every
// parameter by name (sqlite3_bind_parameter_index: the name marshalled to UTF-8 and looked up in a list, for each of
// ~35 columns of each of 3.5 million rows); profiled at 200k workers that was most of the load's time. The values are
// turned into SQLite values as Microsoft.Data.Sqlite turns them (SqliteValueBinder: text dates and Guids, 0/1 booleans,
// decimals as text), and the first rows of every table are checked against it: each row is bound both ways into a
// SELECT and every column must come back with the same storage class and value, or the seed stops.
internal sealed class SqliteRowStatement : IDisposable
{
    private const int CheckedRows = 200;

    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt insert;
    private readonly SqliteType[] declared;
    private readonly SqliteCommand check;
    private readonly sqlite3_stmt checkRaw;
    private int written;

    public SqliteRowStatement(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<TableShape.Column> columns)
    {
        this.connection = connection;
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var positions = string.Join(", ", columns.Select((_, i) => $"?{i + 1}"));
        insert = Prepare($"INSERT INTO \"{table}\" ({names}) VALUES ({positions})");
        checkRaw = Prepare($"SELECT {positions}");

        // The parameters as EF's type mappings create them for the app's own inserts: their SqliteType decides how a
        // DateTime, Guid, ... is stored, here and in the check.
        check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = $"SELECT {string.Join(", ", columns.Select((_, i) => $"$p{i}"))}";
        declared = new SqliteType[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = (SqliteParameter)columns[i].Mapping.CreateParameter(check, $"$p{i}", null);
            check.Parameters.Add(parameter);
            declared[i] = parameter.SqliteType;
        }
    }

    public void Write(object?[] values)
    {
        if (written++ < CheckedRows)
        {
            Check(values);
        }

        Bind(insert, values);
        var rc = raw.sqlite3_step(insert);
        raw.sqlite3_reset(insert);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(connection.Handle));
        }
    }

    public void Dispose()
    {
        insert.Dispose();
        checkRaw.Dispose();
        check.Dispose();
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        return rc == raw.SQLITE_OK ? statement : throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
    }

    private void Bind(sqlite3_stmt statement, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var rc = Bind(statement, i + 1, values[i], declared[i]);
            if (rc != raw.SQLITE_OK)
            {
                throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
            }
        }
    }

    // As SqliteValueBinder.Bind for the storage types the app's mappings declare (Text, Integer, Real, Blob).
    private static int Bind(sqlite3_stmt s, int i, object? value, SqliteType type) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(s, i),
        string text => raw.sqlite3_bind_text16(s, i, text),
        bool flag => raw.sqlite3_bind_int64(s, i, flag ? 1 : 0),
        int number => raw.sqlite3_bind_int64(s, i, number),
        long number => raw.sqlite3_bind_int64(s, i, number),
        short number => raw.sqlite3_bind_int64(s, i, number),
        byte number => raw.sqlite3_bind_int64(s, i, number),
        double number => raw.sqlite3_bind_double(s, i, number),
        float number => raw.sqlite3_bind_double(s, i, number),
        decimal number => raw.sqlite3_bind_text16(s, i, number.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(s, i, bytes),
        Guid guid when type == SqliteType.Blob => raw.sqlite3_bind_blob(s, i, guid.ToByteArray()),
        Guid guid => raw.sqlite3_bind_text16(s, i, guid.ToString().ToUpperInvariant()),
        DateTime time when type != SqliteType.Real => raw.sqlite3_bind_text16(s, i, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateTimeOffset time when type != SqliteType.Real => raw.sqlite3_bind_text16(s, i, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        DateOnly date when type != SqliteType.Real => raw.sqlite3_bind_text16(s, i, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        Enum e => raw.sqlite3_bind_int64(s, i, Convert.ToInt64(e, CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"the bulk seed does not bind {value.GetType().Name} ({type}) yet: teach SqliteRowStatement.Bind"),
    };

    // The row bound by position here and by Microsoft.Data.Sqlite, read back from a SELECT: the same storage class and
    // value in every column.
    private void Check(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            check.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        Bind(checkRaw, values);
        try
        {
            if (raw.sqlite3_step(checkRaw) != raw.SQLITE_ROW)
            {
                throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), raw.sqlite3_errcode(connection.Handle));
            }

            using var reader = check.ExecuteReader();
            reader.Read();
            for (var i = 0; i < values.Length; i++)
            {
                var expected = reader.GetValue(i);
                object actual = raw.sqlite3_column_type(checkRaw, i) switch
                {
                    raw.SQLITE_NULL => DBNull.Value,
                    raw.SQLITE_INTEGER => raw.sqlite3_column_int64(checkRaw, i),
                    raw.SQLITE_FLOAT => raw.sqlite3_column_double(checkRaw, i),
                    raw.SQLITE_TEXT => raw.sqlite3_column_text(checkRaw, i).utf8_to_string(),
                    _ => raw.sqlite3_column_blob(checkRaw, i).ToArray(),
                };
                var same = expected is byte[] a && actual is byte[] b ? a.AsSpan().SequenceEqual(b) : Equals(expected, actual);
                if (!same)
                {
                    throw new InvalidOperationException(
                        $"bulk binding differs from Microsoft.Data.Sqlite in {check.Parameters[i].ParameterName} ({values[i]?.GetType().Name}): {expected} against {actual}");
                }
            }
        }
        finally
        {
            raw.sqlite3_reset(checkRaw);
        }
    }
}
