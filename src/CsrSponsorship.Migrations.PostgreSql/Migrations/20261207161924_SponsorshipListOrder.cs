using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SponsorshipListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sponsorships_CreatedAtUtc",
                table: "Sponsorships");

            migrationBuilder.CreateIndex(
                name: "IX_Sponsorships_CreatedAtUtc_Id",
                table: "Sponsorships",
                columns: new[] { "CreatedAtUtc", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceWorkers_SponsorshipId_Released",
                table: "InvoiceWorkers",
                columns: new[] { "SponsorshipId", "Released" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sponsorships_CreatedAtUtc_Id",
                table: "Sponsorships");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceWorkers_SponsorshipId_Released",
                table: "InvoiceWorkers");

            migrationBuilder.CreateIndex(
                name: "IX_Sponsorships_CreatedAtUtc",
                table: "Sponsorships",
                column: "CreatedAtUtc");
        }
    }
}
