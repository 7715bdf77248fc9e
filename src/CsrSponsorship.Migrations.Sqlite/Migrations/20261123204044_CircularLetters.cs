using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CircularLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CircularLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalLetterId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerificationToken = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    DraftedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SignedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedPdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    UploadedPdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    UploadedFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircularLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CircularLetters_CircularLetters_OriginalLetterId",
                        column: x => x.OriginalLetterId,
                        principalTable: "CircularLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CircularLetterEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircularLetterEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CircularLetterEvents_CircularLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "CircularLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CircularLetterRecipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SuggestedWorkers = table.Column<int>(type: "INTEGER", nullable: true),
                    SuggestedMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PledgedWorkers = table.Column<int>(type: "INTEGER", nullable: true),
                    PledgedMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    PledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastReminderOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircularLetterRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CircularLetterRecipients_CircularLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "CircularLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CircularLetterRecipients_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CircularLetterEvents_LetterId",
                table: "CircularLetterEvents",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_CircularLetterRecipients_CompanyId",
                table: "CircularLetterRecipients",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CircularLetterRecipients_LetterId_CompanyId",
                table: "CircularLetterRecipients",
                columns: new[] { "LetterId", "CompanyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircularLetters_Number",
                table: "CircularLetters",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircularLetters_OriginalLetterId",
                table: "CircularLetters",
                column: "OriginalLetterId");

            migrationBuilder.CreateIndex(
                name: "IX_CircularLetters_VerificationToken",
                table: "CircularLetters",
                column: "VerificationToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CircularLetterEvents");

            migrationBuilder.DropTable(
                name: "CircularLetterRecipients");

            migrationBuilder.DropTable(
                name: "CircularLetters");
        }
    }
}
