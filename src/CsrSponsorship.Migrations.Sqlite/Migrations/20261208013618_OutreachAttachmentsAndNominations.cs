using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutreachAttachmentsAndNominations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NominatedBy",
                table: "Leads",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            // Leads already stored came from the public form (LeadSource.Formulir).
            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "OutreachAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachAttachments_OutreachActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "OutreachActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachAttachments_ActivityId",
                table: "OutreachAttachments",
                column: "ActivityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutreachAttachments");

            migrationBuilder.DropColumn(
                name: "NominatedBy",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Leads");
        }
    }
}
