using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Idocs.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddDocumentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "counterparty_name_key",
                table: "documents",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_key",
                table: "documents",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_created_at_id",
                table: "documents",
                columns: new[] { "owner_profile_id", "created_at", "id" });

            // Title and counterparty name filters match anywhere in the folded text (LIKE '%text%'),
            // which a B-tree cannot serve; pg_trgm GIN indexes can. pg_trgm is a trusted extension
            // since PostgreSQL 13, so the database owner may create it.
            migrationBuilder.Sql("UPDATE documents SET title_key = lower(btrim(title)), counterparty_name_key = lower(btrim(counterparty_name));");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_documents_title_key_trgm ON documents USING gin (title_key gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_documents_counterparty_name_key_trgm ON documents USING gin (counterparty_name_key gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_counterparty_name_key_trgm;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_title_key_trgm;");

            migrationBuilder.DropIndex(
                name: "ix_documents_owner_profile_id_created_at_id",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "counterparty_name_key",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "title_key",
                table: "documents");
        }
    }
}
