using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Idocs.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddDesigner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "designer_definitions",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    archived = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_designer_definitions", x => x.definition_id);
                });

            migrationBuilder.CreateTable(
                name: "designer_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    based_on_version = table.Column<int>(type: "integer", nullable: true),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    archived = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_designer_drafts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_designer_definitions_company_id",
                table: "designer_definitions",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_designer_drafts_company_id_archived_updated_at",
                table: "designer_drafts",
                columns: new[] { "company_id", "archived", "updated_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "designer_definitions");

            migrationBuilder.DropTable(
                name: "designer_drafts");
        }
    }
}
