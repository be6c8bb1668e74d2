using System.Net;
using Npgsql;

namespace Idocs.Web.Tests.Health;

/// <summary>
/// Starts the host on PostgreSQL with the settings the README gives, when <c>IDOCS_TEST_POSTGRES</c>
/// names a server where the test may create a database; skipped otherwise.
/// </summary>
public sealed class PostgreSqlHostTests
{
    public const string ServerVariable = "IDOCS_TEST_POSTGRES";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_PostgreSqlProvider_MigratesAndReturns200()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{ServerVariable} is not set; set it to a PostgreSQL connection string such as Host=127.0.0.1;Port=5432;Username=postgres to run this test.");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server)
        {
            Database = "idocs_web_" + Guid.NewGuid().ToString("N"),
        }.ConnectionString;
        try
        {
            await using var factory = new IdocsWebApplicationFactory(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "PostgreSql",
                ["Storage:ConnectionString"] = connectionString,
            });
            using var client = factory.CreateClient();

            var response = await client.GetAsync("/health/ready", Token);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(await HasMigrationHistoryAsync(connectionString));
        }
        finally
        {
            await DropDatabaseAsync(server, connectionString);
        }
    }

    private static async Task<bool> HasMigrationHistoryAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand("SELECT to_regclass('public.\"__EFMigrationsHistory\"') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(Token))!;
    }

    private static async Task DropDatabaseAsync(string server, string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
