using System.Collections.Concurrent;
using Idocs.Testing.Databases;
using Idocs.Workflows;
using Idocs.Workflows.Runtime;

namespace Idocs.Storage.Tests.Workflows;

/// <summary>Concurrent resumes on PostgreSQL, where instance rows are locked and versions checked.</summary>
public sealed class PostgreSqlWorkflowConcurrencyTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResumeAsync_200BookmarksFrom16Workers_ResumesEachOnce()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"many-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.SingleApproval(id), Token);
        var instances = new List<WorkflowInstance>();
        for (var i = 0; i < 200; i++)
        {
            instances.Add(await harness.StartAsync(id, Token));
        }

        var queue = new ConcurrentQueue<Guid>(instances.Select(instance => Assert.Single(instance.OpenBookmarks).Id));
        var director = WorkflowStorageHarness.Role("Director");
        var successes = 0;
        var failures = new ConcurrentBag<string>();

        var workers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var bookmarkId))
            {
                var resumed = await harness.ResumeAsync(bookmarkId, director, "Approved", $"worker:{bookmarkId}", Token);
                if (resumed.IsSuccess)
                {
                    Interlocked.Increment(ref successes);
                }
                else
                {
                    failures.Add(resumed.Error.Code);
                }
            }
        }, Token));
        await Task.WhenAll(workers);

        Assert.Equal(200, successes);
        Assert.Empty(failures);
        foreach (var instance in instances)
        {
            var journal = await harness.Store.ListJournalAsync(instance.Id, Token);
            Assert.Single(journal, entry => entry.Event == JournalEvent.BookmarkResumed);
            Assert.Equal(WorkflowInstanceStatus.Completed, (await harness.Store.GetInstanceAsync(instance.Id, Token))!.Status);
        }
    }

    [Fact]
    public async Task ResumeAsync_SameBookmarkFrom8Workers_OneSucceeds()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"race-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.SingleApproval(id), Token);
        var instance = await harness.StartAsync(id, Token);
        var bookmark = Assert.Single(instance.OpenBookmarks);
        var director = WorkflowStorageHarness.Role("Director");
        using var gate = new SemaphoreSlim(0);

        var attempts = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            await gate.WaitAsync(Token);
            return await harness.ResumeAsync(bookmark.Id, director, "Approved", $"worker-{worker}", Token);
        }, Token)).ToList();
        gate.Release(8);
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(result => result.IsSuccess));
        Assert.Equal(7, results.Count(result => result.Error?.Code == WorkflowErrorCodes.AlreadyCompleted));
        var journal = await harness.Store.ListJournalAsync(instance.Id, Token);
        Assert.Single(journal, entry => entry.Event == JournalEvent.BookmarkResumed);
    }

    [Fact]
    public async Task ResumeAsync_ParallelApprovalsInFork_RecordsAll()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"fork-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.ParallelApprovals(id), Token);
        var instance = await harness.StartAsync(id, Token);
        var bookmarks = instance.OpenBookmarks.ToList();
        using var gate = new SemaphoreSlim(0);

        var attempts = bookmarks.Select((bookmark, index) => Task.Run(async () =>
        {
            await gate.WaitAsync(Token);
            var approver = WorkflowStorageHarness.Role($"R{bookmark.ActivityId[1..]}");
            return await harness.ResumeAsync(bookmark.Id, approver, "Approved", $"fork-{index}", Token);
        }, Token)).ToList();
        gate.Release(bookmarks.Count);
        var results = await Task.WhenAll(attempts);

        Assert.Equal(4, bookmarks.Count);
        Assert.All(results, result => Assert.True(result.IsSuccess, result.Error?.Message));
        var journal = await harness.Store.ListJournalAsync(instance.Id, Token);
        Assert.Equal(4, journal.Count(entry => entry.Event == JournalEvent.BookmarkResumed));
        var stored = await harness.Store.GetInstanceAsync(instance.Id, Token);
        Assert.Equal(WorkflowInstanceStatus.Completed, stored!.Status);
        Assert.All(bookmarks, bookmark => Assert.Equal(BookmarkStatus.Completed, stored.FindBookmark(bookmark.Id)!.Status));
    }
}
