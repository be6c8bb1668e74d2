using System.Data;
using Idocs.Common.Results;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Idocs.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Tests.Persistence;

public sealed class PostgreSqlStorageErrorTranslatorTests(PostgreSqlDatabaseFixture database)
    : StorageErrorTranslatorTests(database), IClassFixture<PostgreSqlDatabaseFixture>
{
    [Fact]
    public async Task TryCommitAsync_WriteSkew_ReturnsSerializationFailure()
    {
        Database.SkipIfUnavailable();
        var type = $"test.skew.{Guid.NewGuid():N}";
        await using var first = Database.CreateDbContext();
        await using var second = Database.CreateDbContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync(IsolationLevel.Serializable, Token);
        await using var secondTransaction = await second.Database.BeginTransactionAsync(IsolationLevel.Serializable, Token);

        // Each transaction reads the set the other writes into: a write skew that
        // serializable isolation must reject for one of them.
        await first.OutboxMessages.CountAsync(m => m.Type == type, Token);
        await second.OutboxMessages.CountAsync(m => m.Type == type, Token);
        first.OutboxMessages.Add(new OutboxMessage(Guid.CreateVersion7(), type, "{}", DateTimeOffset.UtcNow));
        second.OutboxMessages.Add(new OutboxMessage(Guid.CreateVersion7(), type, "{}", DateTimeOffset.UtcNow));
        await first.SaveChangesAsync(Token);
        await second.SaveChangesAsync(Token);
        var firstCommit = await firstTransaction.TryCommitAsync(Token);
        var secondCommit = await secondTransaction.TryCommitAsync(Token);

        Assert.True(firstCommit.IsSuccess);
        Assert.False(secondCommit.IsSuccess);
        Assert.Equal(StorageErrorCodes.SerializationFailure, secondCommit.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_OppositeLockOrder_ReturnsDeadlock()
    {
        Database.SkipIfUnavailable();
        var (rowA, rowB) = (await InsertMessageAsync(), await InsertMessageAsync());
        await using var first = Database.CreateDbContext();
        await using var second = Database.CreateDbContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync(Token);
        await using var secondTransaction = await second.Database.BeginTransactionAsync(Token);
        await TouchAsync(first, rowA, Token);
        await TouchAsync(second, rowB, Token);

        // Each now waits for the row the other holds; PostgreSQL aborts one after deadlock_timeout (1 s by default).
        var firstWaits = StorageErrorTranslator.RunAsync(token => TouchAsync(first, rowB, token), Token);
        var secondWaits = StorageErrorTranslator.RunAsync(token => TouchAsync(second, rowA, token), Token);
        var results = await Task.WhenAll(firstWaits, secondWaits);
        await firstTransaction.RollbackAsync(Token);
        await secondTransaction.RollbackAsync(Token);

        // The victim's locks are released when PostgreSQL aborts it, so the other statement completes.
        Assert.Single(results, result => result.IsSuccess);
        Assert.Single(results, result => result.Error?.Code == StorageErrorCodes.Deadlock);
    }

    [Fact]
    public async Task RunAsync_RowLocked_ReturnsLockTimeout()
    {
        Database.SkipIfUnavailable();
        var row = await InsertMessageAsync();
        await using var holder = Database.CreateDbContext();
        await using var waiter = Database.CreateDbContext();
        await using var holderTransaction = await holder.Database.BeginTransactionAsync(Token);
        await using var waiterTransaction = await waiter.Database.BeginTransactionAsync(Token);
        await TouchAsync(holder, row, Token);
        await waiter.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '200ms'", Token);

        Result result = await StorageErrorTranslator.RunAsync(token => TouchAsync(waiter, row, token), Token);

        Assert.False(result.IsSuccess);
        Assert.Equal(StorageErrorCodes.LockTimeout, result.Error?.Code);
    }

    private static Task<int> TouchAsync(IdocsDbContext context, Guid id, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlAsync($"UPDATE outbox_messages SET attempts = attempts + 1 WHERE id = {id}", cancellationToken);

    private async Task<Guid> InsertMessageAsync()
    {
        await using var context = Database.CreateDbContext();
        var message = new OutboxMessage(Guid.CreateVersion7(), "test.locks", "{}", DateTimeOffset.UtcNow);
        context.OutboxMessages.Add(message);
        await context.SaveChangesAsync(Token);
        return message.Id;
    }
}
