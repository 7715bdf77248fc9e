using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    // Data written by hand for the DocumentIntegrity schema change (issue 14 item 3, issue 15 items 6 and 7); the
    // rules are in docs/security.md, "Document integrity". Runs inside the migration's transaction, between adding
    // the columns and creating the unique indexes that need this data in place.
    public partial class DocumentIntegrity
    {
        // WITA is UTC+8 without daylight saving (see Core/Common/Wita.cs).
        private const string Wita = "'+8 hours'";

        private static void Backfill(MigrationBuilder migrationBuilder)
        {
            SeparateSharedKpjNumbers(migrationBuilder);
            FreezeInvoiceAddressees(migrationBuilder);
            NumberUnnumberedReceipts(migrationBuilder);
            FreezeReceiptPayers(migrationBuilder);

            // 128 random bits each, as new tokens have (hex here, base64url for new ones; both fit the column).
            migrationBuilder.Sql("UPDATE \"Payments\" SET \"ReceiptVerificationToken\" = lower(hex(randomblob(16))) WHERE \"ReceiptVerificationToken\" = '';");
        }

        // One KPJ, one worker. An empty KPJ becomes NULL. When several workers share a number, the one registered first
        // (lowest id) keeps it; the others lose it, are flagged for review and get an event in their history saying why,
        // so Disnakerind can ask BPJS Ketenagakerjaan which number is theirs.
        private static void SeparateSharedKpjNumbers(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"Workers\" SET \"Kpj\" = NULL WHERE trim(\"Kpj\") = '';");
            migrationBuilder.Sql("""
                CREATE TEMP TABLE "KpjLosers" AS
                SELECT w."Id" AS "WorkerId", w."Kpj" AS "Kpj",
                       (SELECT min(k."Id") FROM "Workers" k WHERE k."Kpj" = w."Kpj") AS "KeeperId"
                FROM "Workers" w
                WHERE w."Kpj" IS NOT NULL AND w."Id" > (SELECT min(k."Id") FROM "Workers" k WHERE k."Kpj" = w."Kpj");
                """);
            migrationBuilder.Sql("""
                INSERT INTO "WorkerEvents" ("WorkerId", "AtUtc", "UserId", "Description")
                SELECT "WorkerId", strftime('%Y-%m-%d %H:%M:%S', 'now'), 'system',
                       'Nomor KPJ ' || "Kpj" || ' dikosongkan saat pembaruan aplikasi: nomor yang sama tercatat untuk pekerja ID ' || "KeeperId"
                       || '. Pastikan ke BPJS Ketenagakerjaan nomor KPJ mana yang benar.'
                FROM "KpjLosers";
                """);
            migrationBuilder.Sql("""
                UPDATE "Workers"
                SET "ReviewReason" = coalesce("ReviewReason", 'Nomor KPJ ' || "Kpj" || ' juga tercatat untuk pekerja lain; nomornya dikosongkan. Periksa ke BPJS Ketenagakerjaan.'),
                    "Kpj" = NULL
                WHERE "Id" IN (SELECT "WorkerId" FROM "KpjLosers");
                """);
            migrationBuilder.Sql("DROP TABLE \"KpjLosers\";");
        }

        // The addressee an issued invoice was printed with is not recorded anywhere, so the company's values at upgrade
        // time are the best available; from here on they never change.
        private static void FreezeInvoiceAddressees(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                UPDATE "Invoices"
                SET "AddresseeName" = c."LegalName", "AddresseeAddress" = c."Address", "AddresseeNpwp" = c."Npwp"
                FROM "Companies" c
                WHERE c."Id" = "Invoices"."CompanyId" AND "Invoices"."Number" IS NOT NULL AND "Invoices"."AddresseeName" IS NULL;
                """);

        // Every payment gets the receipt number it would have had under the new rule: payments nobody printed a receipt
        // for are numbered in recording order (then id), dated the WITA day they were recorded, with serials following
        // the year's last receipt number (so they come after receipts already handed out, which keep theirs), using the
        // receipt template as it stands. Reversed payments are numbered too: their receipt exists, marked void.
        private static void NumberUnnumberedReceipts(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE TEMP TABLE "ReceiptBackfill" AS
                SELECT p."Id" AS "PaymentId",
                       date(p."RecordedAtUtc", {Wita}) AS "ReceiptDate",
                       CAST(strftime('%Y', p."RecordedAtUtc", {Wita}) AS INTEGER) AS "Year",
                       CAST(strftime('%m', p."RecordedAtUtc", {Wita}) AS INTEGER) AS "Month",
                       coalesce((SELECT s."LastSerial" FROM "NumberSequences" s
                                 WHERE s."DocumentType" = 'Receipt' AND s."Year" = CAST(strftime('%Y', p."RecordedAtUtc", {Wita}) AS INTEGER)), 0)
                       + ROW_NUMBER() OVER (PARTITION BY strftime('%Y', p."RecordedAtUtc", {Wita}) ORDER BY p."RecordedAtUtc", p."Id") AS "Serial"
                FROM "Payments" p
                WHERE p."ReceiptNumber" IS NULL
                  AND EXISTS (SELECT 1 FROM "DocumentNumberTemplates" t WHERE t."DocumentType" = 'Receipt');
                """);
            migrationBuilder.Sql($"""
                UPDATE "Payments"
                SET "ReceiptDate" = b."ReceiptDate", "ReceiptNumber" = {RenderedNumber("t", "b")}
                FROM "ReceiptBackfill" b, "DocumentNumberTemplates" t
                WHERE b."PaymentId" = "Payments"."Id" AND t."DocumentType" = 'Receipt';
                """);
            migrationBuilder.Sql("""
                INSERT INTO "NumberSequences" ("DocumentType", "Year", "LastSerial")
                SELECT 'Receipt', "Year", max("Serial") FROM "ReceiptBackfill" WHERE 1 GROUP BY "Year"
                ON CONFLICT ("DocumentType", "Year") DO UPDATE SET "LastSerial" = max("LastSerial", excluded."LastSerial");
                """);
            migrationBuilder.Sql("DROP TABLE \"ReceiptBackfill\";");
        }

        // The payer printed on a receipt: the company as it is now (see FreezeInvoiceAddressees).
        private static void FreezeReceiptPayers(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                UPDATE "Payments"
                SET "PayerName" = c."LegalName", "PayerAddress" = c."Address", "PayerNpwp" = c."Npwp"
                FROM "Invoices" i JOIN "Companies" c ON c."Id" = i."CompanyId"
                WHERE i."Id" = "Payments"."InvoiceId" AND "Payments"."ReceiptNumber" IS NOT NULL AND "Payments"."PayerName" IS NULL;
                """);

        // DocumentNumber.Format in SQL: {kode}, {unit}, {bulan_romawi}, {tahun}, {urut} and {urut:0…} (1 to 9 zeros, as
        // DocumentNumber accepts). `template` has Template, Code and Unit; `row` has Serial, Month and Year.
        private static string RenderedNumber(string template, string row)
        {
            var sql = new StringBuilder($"{template}.\"Template\"");
            for (var width = 9; width >= 1; width--)
            {
                sql.Insert(0, "replace(").Append(CultureInfo.InvariantCulture, $", '{{urut:{new string('0', width)}}}', printf('%0{width}d', {row}.\"Serial\"))");
            }

            sql.Insert(0, "replace(").Append(CultureInfo.InvariantCulture, $", '{{urut}}', CAST({row}.\"Serial\" AS TEXT))");
            sql.Insert(0, "replace(").Append(CultureInfo.InvariantCulture, $", '{{kode}}', {template}.\"Code\")");
            sql.Insert(0, "replace(").Append(CultureInfo.InvariantCulture, $", '{{unit}}', {template}.\"Unit\")");
            sql.Insert(0, "replace(").Append(CultureInfo.InvariantCulture, $", '{{tahun}}', printf('%04d', {row}.\"Year\"))");
            var roman = string.Join(' ', new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" }
                .Select((numeral, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN {i + 1} THEN '{numeral}'")));
            sql.Insert(0, "replace(").Append(CultureInfo.InvariantCulture, $", '{{bulan_romawi}}', CASE {row}.\"Month\" {roman} END)");
            return sql.ToString();
        }
    }
}
