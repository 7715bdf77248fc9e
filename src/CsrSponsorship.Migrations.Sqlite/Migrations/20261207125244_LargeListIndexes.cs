using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LargeListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserId",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_Sponsorships_CreatedAtUtc",
                table: "Sponsorships",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_AtUtc_Id",
                table: "AuditEntries",
                columns: new[] { "Action", "AtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc_Id",
                table: "AuditEntries",
                columns: new[] { "AtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_AtUtc_Id",
                table: "AuditEntries",
                columns: new[] { "EntityType", "AtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_AtUtc_Id",
                table: "AuditEntries",
                columns: new[] { "UserId", "AtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sponsorships_CreatedAtUtc",
                table: "Sponsorships");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action_AtUtc_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_AtUtc_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_AtUtc_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserId_AtUtc_Id",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId",
                table: "AuditEntries",
                column: "UserId");
        }
    }
}
