using Idocs.Common.Results;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Idocs.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Tests.Persistence;

public abstract class ConcurrencyVersionTests(StorageDatabaseFixture database)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrySaveChangesAsync_StaleRow_ReturnsConcurrencyConflict()
    {
        database.SkipIfUnavailable();
        var id = await InsertMessageAsync();
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var firstCopy = await first.OutboxMessages.SingleAsync(m => m.Id == id, Token);
        var secondCopy = await second.OutboxMessages.SingleAsync(m => m.Id == id, Token);
        firstCopy.RecordFailure("first", DateTimeOffset.UtcNow);
        secondCopy.RecordFailure("second", DateTimeOffset.UtcNow);

        var firstResult = await first.TrySaveChangesAsync(Token);
        var secondResult = await second.TrySaveChangesAsync(Token);

        Assert.True(firstResult.IsSuccess);
        Assert.False(secondResult.IsSuccess);
        Assert.Equal(CommonErrorCodes.ConcurrencyConflict, secondResult.Error?.Code);
        await using var reader = database.CreateDbContext();
        var stored = await reader.OutboxMessages.SingleAsync(m => m.Id == id, Token);
        Assert.Equal("first", stored.LastError);
    }

    [Fact]
    public async Task SaveChangesAsync_ModifiedEntity_IncrementsVersion()
    {
        database.SkipIfUnavailable();
        var id = await InsertMessageAsync();
        await using var context = database.CreateDbContext();
        var message = await context.OutboxMessages.SingleAsync(m => m.Id == id, Token);
        var before = context.Entry(message).Property<long>(ConcurrencyVersion.PropertyName).CurrentValue;

        message.RecordFailure("changed", DateTimeOffset.UtcNow);
        await context.SaveChangesAsync(Token);

        await using var reader = database.CreateDbContext();
        var stored = await reader.OutboxMessages.SingleAsync(m => m.Id == id, Token);
        Assert.Equal(1, before);
        Assert.Equal(2, reader.Entry(stored).Property<long>(ConcurrencyVersion.PropertyName).CurrentValue);
    }

    [Fact]
    public void Model_AllButDeadLetters_HaveVersion()
    {
        database.SkipIfUnavailable();
        using var context = database.CreateDbContext();

        var unversioned = context.Model.GetEntityTypes()
            .Where(type => !ConcurrencyVersion.IsVersioned(type))
            .Select(type => type.ClrType)
            .ToList();

        Assert.Equal([typeof(OutboxDeadLetter)], unversioned);
    }

    private async Task<Guid> InsertMessageAsync()
    {
        await using var context = database.CreateDbContext();
        var message = new OutboxMessage(Guid.CreateVersion7(), "test.concurrency", "{}", DateTimeOffset.UtcNow);
        context.OutboxMessages.Add(message);
        await context.SaveChangesAsync(Token);
        return message.Id;
    }
}
