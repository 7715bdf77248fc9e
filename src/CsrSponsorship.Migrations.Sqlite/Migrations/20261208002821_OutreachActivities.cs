using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutreachActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutreachActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DesaCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    KecamatanCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Team = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HeldRecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachActivities_Desa_DesaCode",
                        column: x => x.DesaCode,
                        principalTable: "Desa",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutreachActivities_Kecamatan_KecamatanCode",
                        column: x => x.KecamatanCode,
                        principalTable: "Kecamatan",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutreachCompanies",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachCompanies", x => new { x.ActivityId, x.CompanyId });
                    table.ForeignKey(
                        name: "FK_OutreachCompanies_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutreachCompanies_OutreachActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "OutreachActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachActivities_DesaCode",
                table: "OutreachActivities",
                column: "DesaCode");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachActivities_KecamatanCode_StartsAtUtc",
                table: "OutreachActivities",
                columns: new[] { "KecamatanCode", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachActivities_StartsAtUtc_Id",
                table: "OutreachActivities",
                columns: new[] { "StartsAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachCompanies_CompanyId",
                table: "OutreachCompanies",
                column: "CompanyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutreachCompanies");

            migrationBuilder.DropTable(
                name: "OutreachActivities");
        }
    }
}
