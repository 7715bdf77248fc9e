using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutreachDesks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DeskId",
                table: "Workers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Desks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DesaCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    KecamatanCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OpeningDays = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeedKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Desks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Desks_Desa_DesaCode",
                        column: x => x.DesaCode,
                        principalTable: "Desa",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Desks_Kecamatan_KecamatanCode",
                        column: x => x.KecamatanCode,
                        principalTable: "Kecamatan",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeskAgents",
                columns: table => new
                {
                    DeskId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeskAgents", x => new { x.DeskId, x.UserId });
                    table.ForeignKey(
                        name: "FK_DeskAgents_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeskAgents_Desks_DeskId",
                        column: x => x.DeskId,
                        principalTable: "Desks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_DeskId_RegisteredAtUtc",
                table: "Workers",
                columns: new[] { "DeskId", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DeskAgents_UserId",
                table: "DeskAgents",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Desks_DesaCode",
                table: "Desks",
                column: "DesaCode");

            migrationBuilder.CreateIndex(
                name: "IX_Desks_KecamatanCode_Name",
                table: "Desks",
                columns: new[] { "KecamatanCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Desks_Name",
                table: "Desks",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Desks_SeedKey",
                table: "Desks",
                column: "SeedKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeskAgents");

            migrationBuilder.DropTable(
                name: "Desks");

            migrationBuilder.DropIndex(
                name: "IX_Workers_DeskId_RegisteredAtUtc",
                table: "Workers");

            // Not DropColumn: on SQLite EF rebuilds the table for it, which drops the Workers triggers (name search, counts).
            migrationBuilder.Sql("ALTER TABLE \"Workers\" DROP COLUMN \"DeskId\";");
        }
    }
}
