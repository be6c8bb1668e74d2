using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Idocs.Storage.Tests.Support;
using Idocs.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Tests.Outbox;

public abstract class OutboxDispatcherTests(StorageDatabaseFixture database)
{
    // Generous because each delivery commits its own delete, and CI machines are small and shared.
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(3);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoDispatchers_ThousandMessages_DeliverEachExactlyOnce()
    {
        database.SkipIfUnavailable();
        const int messageCount = 1000;
        var log = new DeliveryLog();
        await using var firstNode = CreateServices(log, FastSettings(batchSize: 25));
        await using var secondNode = CreateServices(log, FastSettings(batchSize: 25));
        var enqueued = await EnqueueAsync(firstNode, RecordingOutboxHandler.Type, messageCount);
        var first = firstNode.GetRequiredService<OutboxDispatcher>();
        var second = secondNode.GetRequiredService<OutboxDispatcher>();

        await first.StartAsync(Token);
        await second.StartAsync(Token);
        var drained = await Eventually.WaitAsync(async () => await CountOutboxAsync(enqueued) == 0, WaitLimit);
        await first.StopAsync(Token);
        await second.StopAsync(Token);

        var deliveries = log.Deliveries.Where(enqueued.Contains).ToList();
        Assert.True(drained, $"{await CountOutboxAsync(enqueued)} messages were still in the outbox after {WaitLimit}.");
        Assert.Equal(messageCount, deliveries.Count);
        Assert.Equal(messageCount, deliveries.Distinct().Count());
        Assert.Equal(new[] { first.InstanceId, second.InstanceId }.Order(), log.Dispatchers.Order());
    }

    [Fact]
    public async Task DispatchBatchAsync_ThirdFailure_MovesToDeadLetters()
    {
        database.SkipIfUnavailable();
        var log = new DeliveryLog();
        await using var services = CreateServices(log, FastSettings(batchSize: 10));
        var id = (await EnqueueAsync(services, FailingOutboxHandler.Type, 1)).Single();
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();

        var dead = await Eventually.WaitAsync(
            async () =>
            {
                await dispatcher.DispatchBatchAsync(Token);
                return await FindDeadLetterAsync(id) is not null;
            },
            WaitLimit);

        var letter = await FindDeadLetterAsync(id);
        Assert.True(dead);
        Assert.Equal(3, letter?.Attempts);
        Assert.Contains(FailingOutboxHandler.ErrorText, letter?.LastError, StringComparison.Ordinal);
        Assert.Contains(OutboxErrorCodes.HandlerFailed, letter?.LastError, StringComparison.Ordinal);
        Assert.Equal(3, log.Deliveries.Count(delivered => delivered == id));
        Assert.Equal(0, await CountOutboxAsync([id]));
    }

    [Fact]
    public async Task DispatchBatchAsync_HandlerFails_LogsMessageId()
    {
        database.SkipIfUnavailable();
        var log = new DeliveryLog();
        await using var services = CreateServices(log, FastSettings(batchSize: 10));
        var id = (await EnqueueAsync(services, FailingOutboxHandler.Type, 1)).Single();
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();

        await Eventually.WaitAsync(
            async () =>
            {
                await dispatcher.DispatchBatchAsync(Token);
                return await FindDeadLetterAsync(id) is not null;
            },
            WaitLimit);

        var failureLogs = database.Logs.Entries
            .Where(entry => entry.Category == typeof(OutboxDispatcher).FullName && entry.Level >= LogLevel.Warning)
            .Where(entry => entry.Properties.TryGetValue("OutboxMessageId", out var value) && Equals(value, id))
            .ToList();
        Assert.Contains(failureLogs, entry => entry.Message.Contains("attempt 1 of 3", StringComparison.Ordinal));
        Assert.Contains(failureLogs, entry => entry.Message.Contains("attempt 2 of 3", StringComparison.Ordinal));
        Assert.Contains(failureLogs, entry => entry.Level == LogLevel.Error && entry.Message.Contains("dead letters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchBatchAsync_HandlerFails_SchedulesBackoff()
    {
        database.SkipIfUnavailable();
        var log = new DeliveryLog();
        var settings = FastSettings(batchSize: 10);
        settings["Outbox:BaseBackoff"] = "00:10:00";
        settings["Outbox:MaxBackoff"] = "01:00:00";
        await using var services = CreateServices(log, settings);
        var id = (await EnqueueAsync(services, FailingOutboxHandler.Type, 1)).Single();
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var before = DateTimeOffset.UtcNow;

        await dispatcher.DispatchBatchAsync(Token);
        var secondClaim = await dispatcher.DispatchBatchAsync(Token);

        await using var context = database.CreateDbContext();
        var message = await context.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Token);
        Assert.Equal(0, secondClaim);
        Assert.Equal(1, message.Attempts);
        Assert.Null(message.ClaimedBy);
        Assert.InRange(message.NextAttemptAt, before + TimeSpan.FromMinutes(10), DateTimeOffset.UtcNow + TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task DispatchBatchAsync_NoHandler_RecordsError()
    {
        database.SkipIfUnavailable();
        await using var services = CreateServices(new DeliveryLog(), FastSettings(batchSize: 10));
        var id = (await EnqueueAsync(services, "test.unhandled", 1)).Single();
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchBatchAsync(Token);

        await using var context = database.CreateDbContext();
        var message = await context.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Token);
        Assert.Equal(1, message.Attempts);
        Assert.StartsWith(OutboxErrorCodes.NoHandler, message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_BusinessTransactionRolledBack_IsNeverDelivered()
    {
        database.SkipIfUnavailable();
        var log = new DeliveryLog();
        await using var services = CreateServices(log, FastSettings(batchSize: 10));
        Guid rolledBack;
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IdocsDbContext>();
            await using var transaction = await context.Database.BeginTransactionAsync(Token);
            rolledBack = scope.ServiceProvider.GetRequiredService<IOutbox>().Enqueue(RecordingOutboxHandler.Type, new { Step = "rolled back" }).Id;
            await context.SaveChangesAsync(Token);
            await transaction.RollbackAsync(Token);
        }

        var marker = (await EnqueueAsync(services, RecordingOutboxHandler.Type, 1)).Single();
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.StartAsync(Token);
        var markerDelivered = await Eventually.WaitAsync(() => Task.FromResult(log.Deliveries.Contains(marker)), WaitLimit);
        await dispatcher.StopAsync(Token);

        Assert.True(markerDelivered);
        Assert.DoesNotContain(rolledBack, log.Deliveries);
        Assert.Equal(0, await CountOutboxAsync([rolledBack]));
    }

    [Fact]
    public async Task Enqueue_SavedWithBusinessChange_StoresJsonPayload()
    {
        database.SkipIfUnavailable();
        await using var services = CreateServices(new DeliveryLog(), FastSettings(batchSize: 10));
        Guid id;

        await using (var scope = services.CreateAsyncScope())
        {
            id = scope.ServiceProvider.GetRequiredService<IOutbox>().Enqueue("test.payload", new { DocumentId = 42, Subject = "Акт" }).Id;
            await scope.ServiceProvider.GetRequiredService<IdocsDbContext>().SaveChangesAsync(Token);
        }

        await using var context = database.CreateDbContext();
        var message = await context.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Token);
        Assert.Equal("""{"documentId":42,"subject":"Акт"}""", message.Payload);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.ClaimedBy);
    }

    private static Dictionary<string, string?> FastSettings(int batchSize) => new()
    {
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox:MaxAttempts"] = "3",
        ["Outbox:BaseBackoff"] = "00:00:00.010",
        ["Outbox:MaxBackoff"] = "00:00:00.100",
    };

    private ServiceProvider CreateServices(DeliveryLog log, IReadOnlyDictionary<string, string?> settings) =>
        database.CreateServices(
            services => services
                .AddSingleton(log)
                .AddOutboxHandler<RecordingOutboxHandler>()
                .AddOutboxHandler<FailingOutboxHandler>(),
            settings);

    private static async Task<HashSet<Guid>> EnqueueAsync(IServiceProvider services, string type, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var ids = Enumerable.Range(0, count).Select(i => outbox.Enqueue(type, new { Sequence = i }).Id).ToHashSet();
        await scope.ServiceProvider.GetRequiredService<IdocsDbContext>().SaveChangesAsync(Token);
        return ids;
    }

    private async Task<int> CountOutboxAsync(IReadOnlyCollection<Guid> ids)
    {
        await using var context = database.CreateDbContext();
        return await context.OutboxMessages.CountAsync(m => ids.Contains(m.Id), Token);
    }

    private async Task<OutboxDeadLetter?> FindDeadLetterAsync(Guid id)
    {
        await using var context = database.CreateDbContext();
        return await context.OutboxDeadLetters.AsNoTracking().SingleOrDefaultAsync(letter => letter.Id == id, Token);
    }
}
