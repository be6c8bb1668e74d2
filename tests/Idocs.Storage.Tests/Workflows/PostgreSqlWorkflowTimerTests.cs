using Idocs.Storage.Tests.Support;
using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Workflows;

public sealed class PostgreSqlWorkflowTimerTests(PostgreSqlDatabaseFixture database)
    : WorkflowTimerTests(database), IClassFixture<PostgreSqlDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TimerJob_TwoHostsOnOneDatabase_FireDeadlineOnceInTotal()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"two-hosts-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.WatchedApproval(id, "PT3S"), Token);
        using var first = WorkflowTimerHost.Build(database);
        using var second = WorkflowTimerHost.Build(database, "idocs-second-node");
        await first.StartAsync(Token);
        await second.StartAsync(Token);
        var instance = await harness.StartAsync(id, Token);
        var timer = await harness.OpenBookmarkAsync(instance.Id, "deadline", Token);

        var fired = await Eventually.WaitAsync(async () => await CountFiringsAsync(harness, timer) > 0, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3), Token);
        await first.StopAsync(Token);
        await second.StopAsync(Token);

        Assert.True(fired, "The timer did not fire within 60 seconds of its due time.");
        Assert.Equal(1, await CountFiringsAsync(harness, timer));
    }
}
