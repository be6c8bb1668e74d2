using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Idocs.Storage.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_key",
                table: "documents",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_created_at_id",
                table: "documents",
                columns: new[] { "owner_profile_id", "created_at", "id" });

            // NOTE: SQLite's lower() folds only ASCII letters, so Cyrillic titles of rows written
            // before this migration match the title filter only in their original case until the
            // row is saved again.
            migrationBuilder.Sql("UPDATE documents SET title_key = lower(trim(title)), counterparty_name_key = lower(trim(counterparty_name));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
