using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CsrSponsorship.Core.Features.Invoicing;

// Hands out the next official number for a document type. It must run inside the transaction that
// issues the document: the serial then commits or rolls back with the document, so numbers have no
// gaps from failed attempts and are never handed out twice. EF starts SQLite transactions with
// BEGIN IMMEDIATE, so concurrent issuers queue on the write lock (busy_timeout) rather than race.
internal static class DocumentNumbers
{
    // One statement: create the year's row at 1 or count it up, and read the new value back.
    private const string NextSerialSql = """
        INSERT INTO "NumberSequences" ("DocumentType", "Year", "LastSerial") VALUES ($type, $year, 1)
        ON CONFLICT ("DocumentType", "Year") DO UPDATE SET "LastSerial" = "LastSerial" + 1
        RETURNING "LastSerial";
        """;

    public static async Task<string> AllocateAsync(AppDbContext db, string documentType, DateOnly date, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Document numbers are allocated only inside the issuing transaction.");
        var template = await db.DocumentNumberTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.DocumentType == documentType, ct)
            ?? throw new DomainException($"Templat nomor {DocumentTypes.Label(documentType)} belum diatur. Hubungi Admin.");

        var serial = await NextSerialAsync(db, transaction, documentType, date.Year, ct);
        return DocumentNumber.Format(template.Template, serial, date, template.Code, template.Unit);
    }

    private static async Task<int> NextSerialAsync(AppDbContext db, IDbContextTransaction transaction, string documentType, int year, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = NextSerialSql;
        var type = command.CreateParameter();
        type.ParameterName = "$type";
        type.Value = documentType;
        command.Parameters.Add(type);
        var yearParameter = command.CreateParameter();
        yearParameter.ParameterName = "$year";
        yearParameter.Value = year;
        command.Parameters.Add(yearParameter);
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
