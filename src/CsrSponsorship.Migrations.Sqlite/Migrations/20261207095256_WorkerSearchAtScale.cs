using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkerSearchAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkerCounts",
                columns: table => new
                {
                    DesaCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    KecamatanCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerCounts", x => new { x.DesaCode, x.Status });
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerCounts_KecamatanCode_Status",
                table: "WorkerCounts",
                columns: new[] { "KecamatanCode", "Status" });

            // Decision 0212: per desa and status, kept right by triggers in the same transaction as every write to Workers.
            migrationBuilder.Sql("""
                INSERT INTO "WorkerCounts" ("DesaCode", "KecamatanCode", "Status", "Count")
                SELECT "DesaCode", MIN("KecamatanCode"), "Status", COUNT(*) FROM "Workers" GROUP BY "DesaCode", "Status";

                CREATE TRIGGER "Workers_Counts_Insert" AFTER INSERT ON "Workers" BEGIN
                    INSERT INTO "WorkerCounts" ("DesaCode", "KecamatanCode", "Status", "Count") VALUES (new."DesaCode", new."KecamatanCode", new."Status", 1)
                    ON CONFLICT ("DesaCode", "Status") DO UPDATE SET "Count" = "Count" + 1;
                END;

                CREATE TRIGGER "Workers_Counts_Delete" AFTER DELETE ON "Workers" BEGIN
                    UPDATE "WorkerCounts" SET "Count" = "Count" - 1 WHERE "DesaCode" = old."DesaCode" AND "Status" = old."Status";
                END;

                CREATE TRIGGER "Workers_Counts_Update" AFTER UPDATE OF "DesaCode", "KecamatanCode", "Status" ON "Workers" BEGIN
                    UPDATE "WorkerCounts" SET "Count" = "Count" - 1 WHERE "DesaCode" = old."DesaCode" AND "Status" = old."Status";
                    INSERT INTO "WorkerCounts" ("DesaCode", "KecamatanCode", "Status", "Count") VALUES (new."DesaCode", new."KecamatanCode", new."Status", 1)
                    ON CONFLICT ("DesaCode", "Status") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);

            // Decision 0211: contains-search on the normalised name through an FTS5 trigram index over Workers (external
            // content: the names are not stored twice), kept in step by triggers. Case-sensitive: the names and the search
            // key are already upper case without accents (NameKey), so a match is exactly NormalizedName LIKE '%key%'.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "WorkerNameSearch" USING fts5("NormalizedName", content='Workers', content_rowid='Id', tokenize='trigram case_sensitive 1');
                INSERT INTO "WorkerNameSearch" ("WorkerNameSearch") VALUES ('rebuild');

                CREATE TRIGGER "Workers_NameSearch_Insert" AFTER INSERT ON "Workers" BEGIN
                    INSERT INTO "WorkerNameSearch" (rowid, "NormalizedName") VALUES (new."Id", new."NormalizedName");
                END;

                CREATE TRIGGER "Workers_NameSearch_Delete" AFTER DELETE ON "Workers" BEGIN
                    INSERT INTO "WorkerNameSearch" ("WorkerNameSearch", rowid, "NormalizedName") VALUES ('delete', old."Id", old."NormalizedName");
                END;

                CREATE TRIGGER "Workers_NameSearch_Update" AFTER UPDATE OF "NormalizedName" ON "Workers" BEGIN
                    INSERT INTO "WorkerNameSearch" ("WorkerNameSearch", rowid, "NormalizedName") VALUES ('delete', old."Id", old."NormalizedName");
                    INSERT INTO "WorkerNameSearch" (rowid, "NormalizedName") VALUES (new."Id", new."NormalizedName");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Workers_NameSearch_Update";
                DROP TRIGGER "Workers_NameSearch_Delete";
                DROP TRIGGER "Workers_NameSearch_Insert";
                DROP TABLE "WorkerNameSearch";
                DROP TRIGGER "Workers_Counts_Update";
                DROP TRIGGER "Workers_Counts_Delete";
                DROP TRIGGER "Workers_Counts_Insert";
                """);

            migrationBuilder.DropTable(
                name: "WorkerCounts");
        }
    }
}
