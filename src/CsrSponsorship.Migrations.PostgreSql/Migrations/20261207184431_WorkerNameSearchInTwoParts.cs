using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsrSponsorship.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WorkerNameSearchInTwoParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Decision 0197: names that start with the key are a range of the NormalizedName b-trees once the column
            // compares byte by byte (collation "C", rebuilding those b-trees); the names that hold the key further on are
            // found through a trigram index on the name without its first character, which replaces the whole-name one.
            migrationBuilder.Sql("""DROP INDEX "IX_Workers_NormalizedName_Trigram";""");

            migrationBuilder.AlterColumn<string>(
                name: "NormalizedName",
                table: "Workers",
                type: "character varying(150)",
                maxLength: 150,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(150)",
                oldMaxLength: 150);

            migrationBuilder.Sql("""CREATE INDEX "IX_Workers_NormalizedName_Rest_Trigram" ON "Workers" USING gin (substring("NormalizedName", 2) gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Workers_NormalizedName_Rest_Trigram";""");

            migrationBuilder.AlterColumn<string>(
                name: "NormalizedName",
                table: "Workers",
                type: "character varying(150)",
                maxLength: 150,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(150)",
                oldMaxLength: 150,
                oldCollation: "C");

            migrationBuilder.Sql("""CREATE INDEX "IX_Workers_NormalizedName_Trigram" ON "Workers" USING gin ("NormalizedName" gin_trgm_ops);""");
        }
    }
}
