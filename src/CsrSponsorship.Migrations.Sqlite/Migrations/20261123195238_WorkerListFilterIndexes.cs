using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkerListFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Workers_DesaCode_Status_NormalizedName",
                table: "Workers",
                columns: new[] { "DesaCode", "Status", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_KecamatanCode_Status_NormalizedName",
                table: "Workers",
                columns: new[] { "KecamatanCode", "Status", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_OccupationCode_Status_NormalizedName",
                table: "Workers",
                columns: new[] { "OccupationCode", "Status", "NormalizedName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workers_DesaCode_Status_NormalizedName",
                table: "Workers");

            migrationBuilder.DropIndex(
                name: "IX_Workers_KecamatanCode_Status_NormalizedName",
                table: "Workers");

            migrationBuilder.DropIndex(
                name: "IX_Workers_OccupationCode_Status_NormalizedName",
                table: "Workers");
        }
    }
}
