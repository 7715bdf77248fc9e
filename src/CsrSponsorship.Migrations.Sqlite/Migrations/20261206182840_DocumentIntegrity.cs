using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workers_Kpj",
                table: "Workers");

            migrationBuilder.AddColumn<string>(
                name: "PayerAddress",
                table: "Payments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerName",
                table: "Payments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerNpwp",
                table: "Payments",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiptVerificationToken",
                table: "Payments",
                type: "TEXT",
                maxLength: 43,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AddresseeAddress",
                table: "Invoices",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddresseeName",
                table: "Invoices",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddresseeNpwp",
                table: "Invoices",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            Backfill(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Kpj",
                table: "Workers",
                column: "Kpj",
                unique: true,
                filter: "\"Kpj\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReceiptVerificationToken",
                table: "Payments",
                column: "ReceiptVerificationToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workers_Kpj",
                table: "Workers");

            migrationBuilder.DropIndex(
                name: "IX_Payments_ReceiptVerificationToken",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PayerAddress",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PayerName",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PayerNpwp",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReceiptVerificationToken",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "AddresseeAddress",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "AddresseeName",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "AddresseeNpwp",
                table: "Invoices");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Kpj",
                table: "Workers",
                column: "Kpj");
        }
    }
}
