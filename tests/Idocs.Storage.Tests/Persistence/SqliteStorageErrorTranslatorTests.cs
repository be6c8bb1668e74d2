using Idocs.Storage.Persistence;
using Idocs.Testing.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Tests.Persistence;

public sealed class SqliteStorageErrorTranslatorTests(SqliteDatabaseFixture database)
    : StorageErrorTranslatorTests(database), IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task RunAsync_DatabaseLocked_ReturnsLockTimeout()
    {
        await using var holder = new SqliteConnection(Database.ConnectionString);
        await holder.OpenAsync(Token);
        await using (var begin = holder.CreateCommand())
        {
            // BEGIN IMMEDIATE takes the write lock at once and keeps it until the transaction ends.
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(Token);
        }

        var shortTimeout = new SqliteConnectionStringBuilder(Database.ConnectionString) { DefaultTimeout = 1 }.ConnectionString;
        await using var waiter = Database.CreateDbContext(shortTimeout);
        var result = await StorageErrorTranslator.RunAsync(
            token => waiter.Database.ExecuteSqlRawAsync("DELETE FROM outbox_messages", token),
            Token);

        Assert.False(result.IsSuccess);
        Assert.Equal(StorageErrorCodes.LockTimeout, result.Error?.Code);
    }
}
