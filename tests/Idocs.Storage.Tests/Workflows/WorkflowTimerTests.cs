using Idocs.Storage.Tests.Support;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows.Runtime;

namespace Idocs.Storage.Tests.Workflows;

public abstract class WorkflowTimerTests(StorageDatabaseFixture database)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TimerJob_HostRestartedPastDueTime_FiresDeadlineOnce()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"restart-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.WatchedApproval(id, "PT4S"), Token);
        Bookmark timer;
        using (var first = WorkflowTimerHost.Build(database))
        {
            await first.StartAsync(Token);
            var instance = await harness.StartAsync(id, Token);
            timer = await harness.OpenBookmarkAsync(instance.Id, "deadline", Token);
            await first.StopAsync(Token);
        }

        var stoppedBeforeDue = DateTimeOffset.UtcNow < timer.DueAt;
        await Task.Delay(timer.DueAt!.Value - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1), Token);
        using var second = WorkflowTimerHost.Build(database);
        await second.StartAsync(Token);
        var fired = await Eventually.WaitAsync(async () => await CountFiringsAsync(harness, timer) > 0, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3), Token);
        await second.StopAsync(Token);

        Assert.True(stoppedBeforeDue, "The first host ran past the due time; the test proves nothing.");
        Assert.True(fired, "The timer did not fire within 60 seconds of the restart.");
        Assert.Equal(1, await CountFiringsAsync(harness, timer));
    }

    internal static async Task<int> CountFiringsAsync(WorkflowStorageHarness harness, Bookmark timer)
    {
        var journal = await harness.Store.ListJournalAsync(timer.InstanceId, CancellationToken.None);
        return journal.Count(entry => entry.Event == JournalEvent.BookmarkResumed && entry.BookmarkId == timer.Id);
    }
}
