using Idocs.Storage.PostgreSql.Scheduling;
using Idocs.Testing.Databases;
using Npgsql;

namespace Idocs.Storage.Tests.Persistence;

public sealed class PostgreSqlDatabaseMigratorTests(PostgreSqlDatabaseFixture database)
    : DatabaseMigratorTests(database), IClassFixture<PostgreSqlDatabaseFixture>
{
    [Fact]
    public async Task MigrateAsync_PostgreSql_CreatesQuartzTables()
    {
        Database.SkipIfUnavailable();
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'qrtz\\_%'",
            connection);

        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Token))
        {
            while (await reader.ReadAsync(Token))
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(QuartzJobStoreSchema.TableNames.Order(), tables.Order());
    }
}
