using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LargeListKeyset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_PaidOn",
                table: "Payments");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PaidOn_Id",
                table: "Payments",
                columns: new[] { "PaidOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_PaidOn_Id",
                table: "Payments");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PaidOn",
                table: "Payments",
                column: "PaidOn");
        }
    }
}
