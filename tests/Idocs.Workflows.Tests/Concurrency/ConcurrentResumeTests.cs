using System.Collections.Concurrent;
using Idocs.Common.Results;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Concurrency;

/// <summary>
/// Resumes from parallel workers against the in-memory store, which enforces the same
/// compare-and-swap on the instance version as the database. The same tests on PostgreSQL belong
/// to the storage tests.
/// </summary>
public class ConcurrentResumeTests
{
    [Fact]
    public async Task TwoHundredBookmarks_SixteenWorkers_EachResumedOnce()
    {
        var host = new EngineHost();
        await host.AddAsync(RouteDefinitions.SingleApproval());
        var instanceByBookmark = new Dictionary<Guid, Guid>();
        for (var i = 0; i < 200; i++)
        {
            var instance = await host.StartAsync("single-approval");
            instanceByBookmark.Add(instance.OpenBookmarks.Single().Id, instance.Id);
        }

        var bookmarks = instanceByBookmark.Keys.ToList();

        // Every bookmark is offered twice, so workers also race on the same bookmark.
        var work = new ConcurrentQueue<Guid>(bookmarks.Concat(bookmarks).OrderBy(_ => Random.Shared.Next()));
        var results = await RunWorkersAsync(16, work, bookmarkId => host.ResumeAsync(bookmarkId, Actors.Director, "Approved"));

        Assert.Equal(200, results.Count(result => result.IsSuccess));
        Assert.Equal(200, results.Count(result => result.Error?.Code == WorkflowErrorCodes.AlreadyCompleted));
        Assert.Equal(bookmarks.Order(), results.Where(result => result.IsSuccess).Select(result => result.Value!.BookmarkId).Order());
        foreach (var instanceId in instanceByBookmark.Values)
        {
            var journal = await host.JournalAsync(instanceId);
            Assert.Single(journal, entry => entry.Event == JournalEvent.BookmarkResumed);
            Assert.Equal(WorkflowInstanceStatus.Completed, (await host.InstanceAsync(instanceId)).Status);
        }
    }

    [Fact]
    public async Task SharedInstances_SixteenWorkers_AllRecorded()
    {
        var host = new EngineHost(new WorkflowEngineOptions { MaxConflictRetries = 100 });
        var seats = Enumerable.Range(0, 10).Select(seat => new { user = $"user-{seat}" }).ToArray();
        await host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = seats }));
        var instances = new List<WorkflowInstance>();
        for (var i = 0; i < 20; i++)
        {
            instances.Add(await host.StartAsync("single-approval"));
        }

        var work = new ConcurrentQueue<Bookmark>(instances.SelectMany(instance => instance.OpenBookmarks).OrderBy(_ => Random.Shared.Next()));
        var results = await RunWorkersAsync(16, work, bookmark => host.ResumeAsync(bookmark.Id, Actor.User(bookmark.Gate.UserIds[0]), "Approved"));

        Assert.Equal(200, results.Count(result => result.IsSuccess));
        foreach (var instance in instances)
        {
            var stored = await host.InstanceAsync(instance.Id);
            Assert.Equal(WorkflowInstanceStatus.Completed, stored.Status);
            Assert.Equal("approved", stored.Result);
            Assert.Equal(10, stored.Bookmarks.Count(bookmark => bookmark.Status == BookmarkStatus.Completed));
            Assert.Equal(10, (await host.JournalAsync(instance.Id)).Count(entry => entry.Event == JournalEvent.BookmarkResumed));
        }
    }

    [Fact]
    public async Task SameBookmark_EightWorkersAtOnce_OneSuccess()
    {
        var host = new EngineHost();
        await host.AddAsync(RouteDefinitions.SingleApproval());

        for (var round = 0; round < 20; round++)
        {
            var instance = await host.StartAsync("single-approval");
            var bookmarkId = instance.OpenBookmarks.Single().Id;

            var results = await RunAtOnceAsync(8, worker => host.ResumeAsync(bookmarkId, Actors.Director, "Approved", key: $"round-{round}-worker-{worker}"));

            Assert.Equal(1, results.Count(result => result.IsSuccess));
            Assert.True(
                results.Count(result => result.Error?.Code == WorkflowErrorCodes.AlreadyCompleted) == 7,
                string.Join(", ", results.Select(result => result.Error?.ToString() ?? "success")));
            Assert.Single(await host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.BookmarkResumed);
        }
    }

    [Fact]
    public async Task SameKey_EightWorkers_ReplaysFirstResult()
    {
        var host = new EngineHost();
        await host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await host.StartAsync("single-approval");
        var bookmarkId = instance.OpenBookmarks.Single().Id;

        var results = await RunAtOnceAsync(8, _ => host.ResumeAsync(bookmarkId, Actors.Director, "Approved", key: "double-click"));

        Assert.All(results, result => Assert.True(result.IsSuccess, result.Error?.Message));
        Assert.Equal(1, results.Count(result => !result.Value!.Replayed));
        Assert.Single(await host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.BookmarkResumed);
    }

    [Fact]
    public async Task ForkApprovals_ResumedInParallel_AllRecorded()
    {
        var host = new EngineHost(new WorkflowEngineOptions { MaxConflictRetries = 50 });
        var roles = Enumerable.Range(0, 8).Select(index => $"Role{index}").ToArray();
        await host.AddAsync(RouteDefinitions.ParallelApprovals("all-of", roles));
        var instance = await host.StartAsync("parallel");
        var bookmarks = instance.OpenBookmarks.ToList();

        var results = await RunAtOnceAsync(8, worker =>
            host.ResumeAsync(bookmarks[worker].Id, Actor.User($"user-{worker}", roles: bookmarks[worker].Gate.Roles), "Approved"));

        Assert.All(results, result => Assert.True(result.IsSuccess, result.Error?.Message));
        var stored = await host.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowInstanceStatus.Completed, stored.Status);
        Assert.Equal("approved", stored.Result);
        var journal = await host.JournalAsync(instance.Id);
        Assert.Equal(8, journal.Count(entry => entry.Event == JournalEvent.BookmarkResumed));
        Assert.Equal(8, journal.Where(entry => entry.Event == JournalEvent.BookmarkResumed).Select(entry => entry.ActorId).Distinct().Count());
        Assert.Single(journal, entry => entry.Event == JournalEvent.ActivityCompleted && entry.ActivityId == "join");
    }

    private static async Task<List<Result<ResumeOutcome>>> RunWorkersAsync<T>(int workers, ConcurrentQueue<T> work, Func<T, Task<Result<ResumeOutcome>>> resume)
    {
        var results = new ConcurrentBag<Result<ResumeOutcome>>();
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (work.TryDequeue(out var item))
            {
                results.Add(await resume(item));
            }
        }));
        await Task.WhenAll(tasks);
        return results.ToList();
    }

    /// <summary>Starts all workers together behind a gate so that their resumes overlap.</summary>
    private static async Task<List<Result<ResumeOutcome>>> RunAtOnceAsync(int workers, Func<int, Task<Result<ResumeOutcome>>> resume)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            await gate.Task;
            return await resume(worker);
        })).ToList();
        gate.SetResult();
        return (await Task.WhenAll(tasks)).ToList();
    }
}
