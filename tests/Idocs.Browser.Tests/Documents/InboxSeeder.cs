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
        var documents = await CopySqlAsync(connection, "documents", "d", "c", "@document", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = "c.document_id",
            ["number"] = "d.number || '-' || c.n",
            ["title"] = "d.title || ' № ' || c.n",
            ["title_key"] = "d.title_key || ' № ' || c.n",
            ["created_at"] = "d.created_at - c.n * interval '1 second'",
            ["updated_at"] = "d.updated_at - c.n * interval '1 second'",
        }, cancellationToken);
        var instances = await CopySqlAsync(connection, "workflow_instances", "i", "c", "@instance", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = "c.instance_id",
            ["correlation_id"] = "c.document_id::text",
            ["json"] = "replace(replace(replace(i.json, @documentText, c.document_id::text), @instanceText, c.instance_id::text), @bookmarkText, c.bookmark_id::text)",
        }, cancellationToken);
        var bookmarks = await CopySqlAsync(connection, "workflow_bookmarks", "b", "c", "@bookmark", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = "c.bookmark_id",
            ["instance_id"] = "c.instance_id",
            ["created_at"] = "b.created_at - c.n * interval '1 second'",
            ["json"] = "replace(replace(b.json, @instanceText, c.instance_id::text), @bookmarkText, c.bookmark_id::text)",
        }, cancellationToken);

        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            CREATE TEMP TABLE inbox_copies ON COMMIT DROP AS
                SELECT n, gen_random_uuid() AS document_id, gen_random_uuid() AS instance_id, gen_random_uuid() AS bookmark_id
                FROM generate_series(1, {copies}) AS n;
            {documents};
            {instances};
            {bookmarks};
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

    /// <summary>
    /// Builds an INSERT that copies the row of <paramref name="table"/> whose id is <paramref name="idParameter"/>
    /// once per row of the copies table, taking every column as is except those in <paramref name="overrides"/>.
    /// </summary>
    private static async Task<string> CopySqlAsync(
        NpgsqlConnection connection, string table, string alias, string copiesAlias, string idParameter,
        Dictionary<string, string> overrides, CancellationToken cancellationToken)
    {
        var columns = await ColumnsAsync(connection, table, cancellationToken);
        var values = columns.Select(column => overrides.TryGetValue(column, out var value) ? value : alias + "." + column);
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} " +
            $"FROM {table} {alias} CROSS JOIN inbox_copies {copiesAlias} WHERE {alias}.id = {idParameter}";
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
