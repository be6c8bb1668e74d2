using Idocs.Storage;
using Npgsql;

namespace Idocs.Testing.Databases;

/// <summary>
/// A fresh PostgreSQL database on the server named by <c>IDOCS_TEST_POSTGRES</c>, dropped with the
/// fixture. Without the variable the tests that use it are reported as skipped.
/// </summary>
public sealed class PostgreSqlDatabaseFixture : StorageDatabaseFixture
{
    public const string ServerVariable = "IDOCS_TEST_POSTGRES";

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    /// <summary>The server connection string from <c>IDOCS_TEST_POSTGRES</c>, or null when unset.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    protected override async Task<string?> CreateDatabaseAsync()
    {
        if (ServerConnectionString is null)
        {
            UnavailableReason =
                $"PostgreSQL tests need a server: set {ServerVariable} to its connection string, for example " +
                "Host=127.0.0.1;Port=5433;Username=postgres;Password=postgres (bash .ci/run starts one and sets it).";
            return null;
        }

        var databaseName = $"idocs_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {databaseName}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = databaseName }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync(string connectionString)
    {
        var databaseName = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();

        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
}
