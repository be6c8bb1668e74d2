using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Idocs.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "company_exports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    total_documents = table.Column<int>(type: "integer", nullable: false),
                    processed_documents = table.Column<int>(type: "integer", nullable: false),
                    failed_documents = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archive_size = table.Column<long>(type: "bigint", nullable: true),
                    archive_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_company_exports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_company_exports_owner_profile_id",
                table: "company_exports",
                column: "owner_profile_id");

            migrationBuilder.CreateIndex(
                name: "ix_company_exports_status_requested_at",
                table: "company_exports",
                columns: new[] { "status", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "company_exports");
        }
    }
}
