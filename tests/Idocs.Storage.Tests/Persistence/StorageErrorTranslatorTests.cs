using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Persistence;

public abstract class StorageErrorTranslatorTests(StorageDatabaseFixture database)
{
    protected StorageDatabaseFixture Database => database;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrySaveChangesAsync_DuplicateKey_ReturnsUniqueViolation()
    {
        database.SkipIfUnavailable();
        var id = Guid.CreateVersion7();
        await using (var first = database.CreateDbContext())
        {
            first.OutboxMessages.Add(new OutboxMessage(id, "test.unique", "{}", DateTimeOffset.UtcNow));
            await first.SaveChangesAsync(Token);
        }

        await using var second = database.CreateDbContext();
        second.OutboxMessages.Add(new OutboxMessage(id, "test.unique", "{}", DateTimeOffset.UtcNow));
        var result = await second.TrySaveChangesAsync(Token);

        Assert.False(result.IsSuccess);
        Assert.Equal(StorageErrorCodes.UniqueViolation, result.Error?.Code);
    }

    [Fact]
    public void TryTranslate_UnrelatedException_ReturnsFalse()
    {
        var translated = StorageErrorTranslator.TryTranslate(new InvalidOperationException("bug"), out var error);

        Assert.False(translated);
        Assert.Null(error);
    }
}
