using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CsrSponsorship.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DesaCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    KecamatanCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    GroupName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Team = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attendees = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HeldRecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false)
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
