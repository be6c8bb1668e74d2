using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Idocs.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_profile_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    counterparty_kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    counterparty_identifier = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    counterparty_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    folder_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    package_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    rejection_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    annulment_proposed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    free_fields_json = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "folders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_profile_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    parent_key = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_folders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "link_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recipient_email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    used_at = table.Column<long>(type: "INTEGER", nullable: true),
                    superseded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_link_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "passport_events",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    type = table.Column<int>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    actor_iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    occurred_at_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    ip_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    payload_json = table.Column<string>(type: "TEXT", nullable: false),
                    certificate_serial = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    report_reference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_passport_events", x => new { x.document_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "passport_heads",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false),
                    last_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_passport_heads", x => x.document_id);
                });

            migrationBuilder.CreateTable(
                name: "document_access_grants",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    employee_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_access_grants", x => new { x.document_id, x.employee_id });
                    table.ForeignKey(
                        name: "fk_document_access_grants_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_files",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_files", x => new { x.document_id, x.sha256 });
                    table.ForeignKey(
                        name: "fk_document_files_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_signatures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    employee_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    signer_iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    signer_bin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    certificate_serial = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    report_reference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    file_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    signature_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    signed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_signatures", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_signatures_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_document_access_grants_employee_id",
                table: "document_access_grants",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_document_files_sha256",
                table: "document_files",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_document_signatures_document_id_party_signer_iin_file_sha256",
                table: "document_signatures",
                columns: new[] { "document_id", "party", "signer_iin", "file_sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_signatures_signer_iin",
                table: "document_signatures",
                column: "signer_iin");

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_author_id_created_at",
                table: "documents",
                columns: new[] { "owner_profile_id", "author_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_counterparty_identifier",
                table: "documents",
                columns: new[] { "owner_profile_id", "counterparty_identifier" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_date",
                table: "documents",
                columns: new[] { "owner_profile_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_folder_id",
                table: "documents",
                columns: new[] { "owner_profile_id", "folder_id" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_kind_created_at_id",
                table: "documents",
                columns: new[] { "owner_profile_id", "kind", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_kind_status_created_at_id",
                table: "documents",
                columns: new[] { "owner_profile_id", "kind", "status", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_number",
                table: "documents",
                columns: new[] { "owner_profile_id", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_owner_profile_id_updated_at",
                table: "documents",
                columns: new[] { "owner_profile_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_package_id",
                table: "documents",
                column: "package_id");

            migrationBuilder.CreateIndex(
                name: "ux_documents_owner_profile_id_kind_number",
                table: "documents",
                columns: new[] { "owner_profile_id", "kind", "number" },
                unique: true,
                filter: "kind <> 'ExternalIncoming'");

            migrationBuilder.CreateIndex(
                name: "ix_folders_owner_profile_id_parent_key_name_key",
                table: "folders",
                columns: new[] { "owner_profile_id", "parent_key", "name_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_link_tokens_document_id_recipient_email",
                table: "link_tokens",
                columns: new[] { "document_id", "recipient_email" });

            migrationBuilder.CreateIndex(
                name: "ix_link_tokens_token_hash",
                table: "link_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_passport_events_type_occurred_at",
                table: "passport_events",
                columns: new[] { "type", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_access_grants");

            migrationBuilder.DropTable(
                name: "document_files");

            migrationBuilder.DropTable(
                name: "document_signatures");

            migrationBuilder.DropTable(
                name: "folders");

            migrationBuilder.DropTable(
                name: "link_tokens");

            migrationBuilder.DropTable(
                name: "passport_events");

            migrationBuilder.DropTable(
                name: "passport_heads");

            migrationBuilder.DropTable(
                name: "documents");
        }
    }
}
