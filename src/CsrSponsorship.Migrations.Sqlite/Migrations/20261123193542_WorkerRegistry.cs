using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkerRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nik = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 16, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    BirthPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    DesaCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    KecamatanCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Rt = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Rw = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccupationOther = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeclaredIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    Kpj = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Provenance = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsentCollectedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ConsentCollectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    VerifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ImportBatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workers_Desa_DesaCode",
                        column: x => x.DesaCode,
                        principalTable: "Desa",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workers_Kecamatan_KecamatanCode",
                        column: x => x.KecamatanCode,
                        principalTable: "Kecamatan",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkerEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerEvents_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerEvents_WorkerId",
                table: "WorkerEvents",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_BirthDate",
                table: "Workers",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_DesaCode_NormalizedName",
                table: "Workers",
                columns: new[] { "DesaCode", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_KecamatanCode_NormalizedName",
                table: "Workers",
                columns: new[] { "KecamatanCode", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Kpj",
                table: "Workers",
                column: "Kpj");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Nik",
                table: "Workers",
                column: "Nik",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workers_NormalizedName",
                table: "Workers",
                column: "NormalizedName");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_NormalizedName_BirthDate",
                table: "Workers",
                columns: new[] { "NormalizedName", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Phone",
                table: "Workers",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_RegisteredAtUtc",
                table: "Workers",
                column: "RegisteredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Status_NormalizedName",
                table: "Workers",
                columns: new[] { "Status", "NormalizedName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkerEvents");

            migrationBuilder.DropTable(
                name: "Workers");
        }
    }
}
