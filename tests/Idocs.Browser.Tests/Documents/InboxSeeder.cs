using System.Globalization;
using Npgsql;

namespace Idocs.Browser.Tests.Documents;

/// <summary>
/// Fills a director's inbox in bulk by copying one real routed document in SQL: its document row,
/// its route instance and its open approval bookmark, each copy with new ids written into the
/// stored JSON. The copies list like the original, but they have no files or passport, so only the
/// list pages can show them.
/// </summary>
internal static class InboxSeeder
{
    public static async Task CopyAsync(string connectionString, Guid templateDocumentId, int copies, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var template = await FindTemplateAsync(connection, templateDocumentId, cancellationToken);
        var documentColumns = await ColumnsAsync(connection, "documents", cancellationToken);
        var documentValues = documentColumns.Select(column => column switch
        {
            "id" => "c.document_id",
            "number" => "d.number || '-' || c.n",
            "title" => "d.title || ' № ' || c.n",
            "title_key" => "d.title_key || ' № ' || c.n",
            "created_at" => "d.created_at - c.n * interval '1 second'",
            "updated_at" => "d.updated_at - c.n * interval '1 second'",
            _ => "d." + column,
        });

        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            CREATE TEMP TABLE inbox_copies ON COMMIT DROP AS
                SELECT n, gen_random_uuid() AS document_id, gen_random_uuid() AS instance_id, gen_random_uuid() AS bookmark_id
                FROM generate_series(1, {copies}) AS n;

            INSERT INTO documents ({string.Join(", ", documentColumns)})
                SELECT {string.Join(", ", documentValues)}
                FROM documents d CROSS JOIN inbox_copies c
                WHERE d.id = @document;

            INSERT INTO workflow_instances (id, definition_id, definition_version, status, result, instance_version, correlation_id,
                                            parent_instance_id, parent_bookmark_id, depth, created_at, updated_at, finished_at, json)
                SELECT c.instance_id, i.definition_id, i.definition_version, i.status, i.result, i.instance_version, c.document_id::text,
                       i.parent_instance_id, i.parent_bookmark_id, i.depth, i.created_at, i.updated_at, i.finished_at,
                       replace(replace(replace(i.json, @documentText, c.document_id::text), @instanceText, c.instance_id::text), @bookmarkText, c.bookmark_id::text)
                FROM workflow_instances i CROSS JOIN inbox_copies c
                WHERE i.id = @instance;

            INSERT INTO workflow_bookmarks (id, instance_id, activity_id, kind, status, gate_user_ids, gate_roles, gate_rights, gate_system_only,
                                            due_at, created_at, closed_at, closed_by, decision, json)
                SELECT c.bookmark_id, c.instance_id, b.activity_id, b.kind, b.status, b.gate_user_ids, b.gate_roles, b.gate_rights, b.gate_system_only,
                       b.due_at, b.created_at - c.n * interval '1 second', b.closed_at, b.closed_by, b.decision,
                       replace(replace(b.json, @instanceText, c.instance_id::text), @bookmarkText, c.bookmark_id::text)
                FROM workflow_bookmarks b CROSS JOIN inbox_copies c
                WHERE b.id = @bookmark;
            """);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("document", templateDocumentId);
        command.Parameters.AddWithValue("instance", template.InstanceId);
        command.Parameters.AddWithValue("bookmark", template.BookmarkId);
        command.Parameters.AddWithValue("documentText", templateDocumentId.ToString("D"));
        command.Parameters.AddWithValue("instanceText", template.InstanceId.ToString("D"));
        command.Parameters.AddWithValue("bookmarkText", template.BookmarkId.ToString("D"));
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<(Guid InstanceId, Guid BookmarkId)> FindTemplateAsync(NpgsqlConnection connection, Guid documentId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT i.id, b.id FROM workflow_instances i
            JOIN workflow_bookmarks b ON b.instance_id = i.id
            WHERE i.correlation_id = @document AND b.status = 'Open' AND b.kind = 'approval'
            """;
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("document", documentId.ToString("D"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Document {documentId} has no route waiting for an approval to copy.");
        }

        var found = (reader.GetGuid(0), reader.GetGuid(1));
        if (await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Document {documentId} waits for more than one approval; copy a route with one seat.");
        }

        return found;
    }

    private static async Task<List<string>> ColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table AND is_generated = 'NEVER' ORDER BY ordinal_position";
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
