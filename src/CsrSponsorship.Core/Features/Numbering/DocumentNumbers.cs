using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CsrSponsorship.Core.Features.Numbering;

// Hands out the next official number for a document type. It must run inside the transaction that
// issues the document: the serial then commits or rolls back with the document, so numbers have no
// gaps from failed attempts and are never handed out twice. EF starts SQLite transactions with
// BEGIN IMMEDIATE, so concurrent issuers queue on the write lock (busy_timeout) rather than race.
internal static class DocumentNumbers
{
    // One statement: create the year's row at 1 or count it up, and read the new value back. Valid on SQLite and
    // PostgreSQL alike (PostgreSQL needs the table-qualified column: unqualified it is ambiguous with EXCLUDED).
    private const string NextSerialSql = """
        INSERT INTO "NumberSequences" ("DocumentType", "Year", "LastSerial") VALUES (@type, @year, 1)
        ON CONFLICT ("DocumentType", "Year") DO UPDATE SET "LastSerial" = "NumberSequences"."LastSerial" + 1
        RETURNING "LastSerial";
        """;

    public static async Task<string> AllocateAsync(AppDbContext db, string documentType, DateOnly date, CancellationToken ct) =>
        await AllocateAsync(db, await TemplateAsync(db, documentType, ct), date, ct);

    // The template may be read before the issuing transaction (a payment reads it before its write turn, decision 0213):
    // a template changed in between only decides the format; the serial and the taken-check run inside.
    public static async Task<DocumentNumberTemplate> TemplateAsync(AppDbContext db, string documentType, CancellationToken ct)
    {
        var template = await db.DocumentNumberTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.DocumentType == documentType, ct)
            ?? throw new DomainException($"Templat nomor {DocumentTypes.Label(documentType)} belum diatur. Hubungi Admin.");

        // A template stored before a rule existed (e.g. {tahun} became required) stops numbering with its reason.
        if (DocumentNumber.Problem(template.Template) is { } problem)
        {
            throw new DomainException($"Templat nomor {DocumentTypes.Label(documentType)} perlu diperbaiki Admin sebelum dokumen dapat diberi nomor. {problem}");
        }

        return template;
    }

    public static async Task<string> AllocateAsync(AppDbContext db, DocumentNumberTemplate template, DateOnly date, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Document numbers are allocated only inside the issuing transaction.");
        var documentType = template.DocumentType;
        var serial = await NextSerialAsync(db, transaction, documentType, date.Year, ct);
        var number = DocumentNumber.Format(template.Template, serial, date, template.Code, template.Unit);
        // A changed template can render a number an earlier template already produced; say so instead of letting
        // the unique index answer with a database error. Inside the issuing transaction the check cannot go stale.
        if (await IsTakenAsync(db, documentType, number, ct))
        {
            var label = DocumentTypes.Label(documentType);
            throw new DomainException(
                $"Nomor {number} sudah dipakai oleh {label} lain. Periksa templat nomor {label} (Admin) agar tidak menghasilkan nomor yang sudah terbit; tidak ada yang disimpan.");
        }

        return number;
    }

    private static async Task<bool> IsTakenAsync(AppDbContext db, string documentType, string number, CancellationToken ct) => documentType switch
    {
        DocumentTypes.Invoice => await db.Invoices.AnyAsync(i => i.Number == number, ct),
        DocumentTypes.Receipt => await db.Payments.AnyAsync(p => p.ReceiptNumber == number, ct),
        DocumentTypes.CircularLetter => await db.CircularLetters.AnyAsync(l => l.Number == number, ct),
        _ => throw new InvalidOperationException($"Unknown document type {documentType}."),
    };

    private static async Task<int> NextSerialAsync(AppDbContext db, IDbContextTransaction transaction, string documentType, int year, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = NextSerialSql;
        var type = command.CreateParameter();
        type.ParameterName = "@type";
        type.Value = documentType;
        command.Parameters.Add(type);
        var yearParameter = command.CreateParameter();
        yearParameter.ParameterName = "@year";
        yearParameter.Value = year;
        command.Parameters.Add(yearParameter);
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
