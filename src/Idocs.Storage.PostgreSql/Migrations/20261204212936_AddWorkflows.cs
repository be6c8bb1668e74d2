using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Idocs.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflow_definitions",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    read_only = table.Column<bool>(type: "boolean", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_definitions", x => new { x.definition_id, x.definition_version });
                });

            migrationBuilder.CreateTable(
                name: "workflow_idempotency",
                columns: table => new
                {
                    actor_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bookmark_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_idempotency", x => new { x.actor_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "workflow_instances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    result = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    instance_version = table.Column<long>(type: "bigint", nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    parent_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    parent_bookmark_id = table.Column<Guid>(type: "uuid", nullable: true),
                    depth = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    json = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_journal",
                columns: table => new
                {
                    position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actor_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    bookmark_id = table.Column<Guid>(type: "uuid", nullable: true),
                    json = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_journal", x => x.position);
                });

            migrationBuilder.CreateTable(
                name: "workflow_bookmarks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    gate_user_ids = table.Column<string>(type: "text", nullable: true),
                    gate_roles = table.Column<string>(type: "text", nullable: true),
                    gate_rights = table.Column<string>(type: "text", nullable: true),
                    gate_system_only = table.Column<bool>(type: "boolean", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    json = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_bookmarks", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_bookmarks_workflow_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "workflow_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_bookmarks_instance_id",
                table: "workflow_bookmarks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_bookmarks_status_created_at",
                table: "workflow_bookmarks",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_bookmarks_status_kind_due_at",
                table: "workflow_bookmarks",
                columns: new[] { "status", "kind", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_correlation_id",
                table: "workflow_instances",
                column: "correlation_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_definition_id_definition_version_status",
                table: "workflow_instances",
                columns: new[] { "definition_id", "definition_version", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_parent_instance_id",
                table: "workflow_instances",
                column: "parent_instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_journal_id",
                table: "workflow_journal",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_journal_instance_id_timestamp",
                table: "workflow_journal",
                columns: new[] { "instance_id", "timestamp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_bookmarks");

            migrationBuilder.DropTable(
                name: "workflow_definitions");

            migrationBuilder.DropTable(
                name: "workflow_idempotency");

            migrationBuilder.DropTable(
                name: "workflow_journal");

            migrationBuilder.DropTable(
                name: "workflow_instances");
        }
    }
}
