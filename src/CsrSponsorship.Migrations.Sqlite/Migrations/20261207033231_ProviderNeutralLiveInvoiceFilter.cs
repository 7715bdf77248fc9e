using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProviderNeutralLiveInvoiceFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceWorkers_SponsorshipId",
                table: "InvoiceWorkers");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceWorkers_SponsorshipId",
                table: "InvoiceWorkers",
                column: "SponsorshipId",
                unique: true,
                filter: "\"Released\" = FALSE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceWorkers_SponsorshipId",
                table: "InvoiceWorkers");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceWorkers_SponsorshipId",
                table: "InvoiceWorkers",
                column: "SponsorshipId",
                unique: true,
                filter: "\"Released\" = 0");
        }
    }
}
