using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.PostgreSql.Migrations
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
                    DesaCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    KecamatanCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerCounts", x => new { x.DesaCode, x.Status });
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerCounts_KecamatanCode_Status",
                table: "WorkerCounts",
                columns: new[] { "KecamatanCode", "Status" });

            // Decision 0212: per desa and status, kept right by a trigger in the same transaction as every write to Workers.
            migrationBuilder.Sql("""
                INSERT INTO "WorkerCounts" ("DesaCode", "KecamatanCode", "Status", "Count")
                SELECT "DesaCode", MIN("KecamatanCode"), "Status", COUNT(*) FROM "Workers" GROUP BY "DesaCode", "Status";

                CREATE FUNCTION "Workers_Counts_Maintain"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        UPDATE "WorkerCounts" SET "Count" = "Count" - 1 WHERE "DesaCode" = OLD."DesaCode" AND "Status" = OLD."Status";
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO "WorkerCounts" ("DesaCode", "KecamatanCode", "Status", "Count") VALUES (NEW."DesaCode", NEW."KecamatanCode", NEW."Status", 1)
                        ON CONFLICT ("DesaCode", "Status") DO UPDATE SET "Count" = "WorkerCounts"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER "Workers_Counts" AFTER INSERT OR DELETE OR UPDATE OF "DesaCode", "KecamatanCode", "Status" ON "Workers"
                FOR EACH ROW EXECUTE FUNCTION "Workers_Counts_Maintain"();
                """);

            // Decision 0211: contains-search on the normalised name through a pg_trgm GIN index (pg_trgm is a trusted
            // extension: the database owner may create it). LIKE '%key%' and LIKE 'ke%' both use it.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX "IX_Workers_NormalizedName_Trigram" ON "Workers" USING gin ("NormalizedName" gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_Workers_NormalizedName_Trigram";
                DROP TRIGGER "Workers_Counts" ON "Workers";
                DROP FUNCTION "Workers_Counts_Maintain"();
                """);

            migrationBuilder.DropTable(
                name: "WorkerCounts");
        }
    }
}
