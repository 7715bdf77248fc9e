using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Decision 0223: the FTS5 trigram table indexes each name without its first character (as PostgreSQL's trigram
    /// index does since decision 0197), so "holds the key further on" is one phrase query instead of the phrase NOT the
    /// phrase at the first position over every name. Contentless (the tail is not a column of Workers) with
    /// contentless_delete, kept in step by the same three triggers by name.
    /// </summary>
    public partial class WorkerNameTailSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Workers_NameSearch_Update";
                DROP TRIGGER "Workers_NameSearch_Delete";
                DROP TRIGGER "Workers_NameSearch_Insert";
                DROP TABLE "WorkerNameSearch";
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "WorkerNameTail" USING fts5("Tail", content='', contentless_delete=1, tokenize='trigram case_sensitive 1');
                INSERT INTO "WorkerNameTail" ("WorkerNameTail", rank) VALUES ('automerge', 0);
                INSERT INTO "WorkerNameTail" (rowid, "Tail") SELECT "Id", substr("NormalizedName", 2) FROM "Workers";
                INSERT INTO "WorkerNameTail" ("WorkerNameTail", rank) VALUES ('automerge', 4);

                CREATE TRIGGER "Workers_NameSearch_Insert" AFTER INSERT ON "Workers" BEGIN
                    INSERT INTO "WorkerNameTail" (rowid, "Tail") VALUES (new."Id", substr(new."NormalizedName", 2));
                END;

                CREATE TRIGGER "Workers_NameSearch_Delete" AFTER DELETE ON "Workers" BEGIN
                    DELETE FROM "WorkerNameTail" WHERE rowid = old."Id";
                END;

                CREATE TRIGGER "Workers_NameSearch_Update" AFTER UPDATE OF "NormalizedName" ON "Workers" BEGIN
                    DELETE FROM "WorkerNameTail" WHERE rowid = old."Id";
                    INSERT INTO "WorkerNameTail" (rowid, "Tail") VALUES (new."Id", substr(new."NormalizedName", 2));
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
                DROP TABLE "WorkerNameTail";
                """);
            // As migration WorkerSearchAtScale made it (decision 0211).
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
    }
}
