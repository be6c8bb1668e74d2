using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Idocs.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddDocumentCounterparties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_counterparties",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    identifier = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    progress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    incoming_copy_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_counterparties", x => new { x.document_id, x.identifier });
                    table.ForeignKey(
                        name: "fk_document_counterparties_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_document_counterparties_identifier",
                table: "document_counterparties",
                column: "identifier");

            migrationBuilder.CreateIndex(
                name: "ix_document_counterparties_incoming_copy_id",
                table: "document_counterparties",
                column: "incoming_copy_id");

            // Each document's single counterparty becomes its first row here; the progress follows from the status.
            migrationBuilder.Sql(
                "INSERT INTO document_counterparties (document_id, identifier, position, kind, name, name_key, progress, incoming_copy_id, version) " +
                "SELECT id, counterparty_identifier, 0, counterparty_kind, counterparty_name, COALESCE(counterparty_name_key, lower(counterparty_name)), " +
                "CASE WHEN kind <> 'ExternalOutgoing' THEN 'Pending' " +
                "WHEN status = 'SignedAndSent' AND counterparty_kind = 'Email' THEN 'Sent' " +
                "WHEN status = 'Delivered' THEN 'Delivered' " +
                "WHEN status = 'ViewedByCounterparty' THEN 'Viewed' " +
                "WHEN status IN ('SignedByAllParties', 'Annulled') THEN 'Signed' " +
                "ELSE 'Pending' END, NULL, 0 " +
                "FROM documents WHERE counterparty_kind IS NOT NULL AND counterparty_identifier IS NOT NULL AND counterparty_name IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_counterparties");
        }
    }
}
