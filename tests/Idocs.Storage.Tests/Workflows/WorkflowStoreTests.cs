using Idocs.Storage.Outbox;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Workflows;

public abstract class WorkflowStoreTests(StorageDatabaseFixture database)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResumeAsync_StartedInstance_CompletesAndJournals()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"round-trip-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.SingleApproval(id), Token);
        var instance = await harness.StartAsync(id, Token);
        var director = WorkflowStorageHarness.Role("Director");
        var taskList = await harness.Store.ListOpenBookmarksAsync(director, Token);
        var bookmark = Assert.Single(taskList, candidate => candidate.InstanceId == instance.Id);

        var resumed = await harness.ResumeAsync(bookmark.Id, director, "Approved", "approve-1", Token);

        Assert.True(resumed.IsSuccess);
        var stored = await harness.Store.GetInstanceAsync(instance.Id, Token);
        Assert.Equal(WorkflowInstanceStatus.Completed, stored!.Status);
        Assert.Equal("approved", stored.Result);
        Assert.Equal(BookmarkStatus.Completed, stored.FindBookmark(bookmark.Id)!.Status);
        var journal = await harness.Store.ListJournalAsync(instance.Id, Token);
        Assert.Equal(JournalEvent.InstanceStarted, journal[0].Event);
        Assert.Single(journal, entry => entry.Event == JournalEvent.BookmarkResumed && entry.BookmarkId == bookmark.Id);
        Assert.Equal(JournalEvent.InstanceCompleted, journal[^1].Event);
        Assert.DoesNotContain(await harness.Store.ListOpenBookmarksAsync(director, Token), candidate => candidate.InstanceId == instance.Id);
    }

    [Fact]
    public async Task ResumeAsync_SameKeyTwice_ReplaysFirstOutcome()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"replay-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.SingleApproval(id), Token);
        var instance = await harness.StartAsync(id, Token);
        var bookmark = await harness.OpenBookmarkAsync(instance.Id, "approve", Token);
        var director = WorkflowStorageHarness.Role("Director");

        var first = await harness.ResumeAsync(bookmark.Id, director, "Approved", "same-key", Token);
        var second = await harness.ResumeAsync(bookmark.Id, director, "Approved", "same-key", Token);

        Assert.False(first.Value!.Replayed);
        Assert.True(second.Value!.Replayed);
        Assert.Equal(first.Value.InstanceStatus, second.Value.InstanceStatus);
    }

    [Fact]
    public async Task CommitAsync_StaleExpectedVersion_ReturnsConflictAndWritesNothing()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"stale-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.SingleApproval(id), Token);
        var started = await harness.StartAsync(id, Token);
        var journalBefore = await harness.Store.ListJournalAsync(started.Id, Token);

        Guid outboxId;
        await using (var unitOfWork = await harness.Store.BeginUnitOfWorkAsync(Token))
        {
            var instance = (await unitOfWork.FindInstanceAsync(started.Id, Token))!;
            instance.Version += 1;
            instance.Result = "overwritten";
            unitOfWork.UpdateInstance(instance, expectedVersion: instance.Version - 2);
            unitOfWork.AppendJournal(new JournalEntry { Id = Guid.NewGuid(), InstanceId = started.Id, Timestamp = DateTimeOffset.UtcNow, Event = JournalEvent.InstanceSuspended });
            outboxId = new EntityFrameworkOutbox(unitOfWork.DbContext, TimeProvider.System).EnqueueJson("test.stale", "{}").Id;

            var committed = await unitOfWork.CommitAsync(Token);

            Assert.Equal(WorkflowErrorCodes.Conflict, committed.Error?.Code);
        }

        var stored = await harness.Store.GetInstanceAsync(started.Id, Token);
        Assert.Null(stored!.Result);
        Assert.Equal(started.Version, stored.Version);
        Assert.Equal(journalBefore.Count, (await harness.Store.ListJournalAsync(started.Id, Token)).Count);
        await using var reader = database.CreateDbContext();
        Assert.False(await reader.OutboxMessages.AnyAsync(message => message.Id == outboxId, Token));
    }

    [Fact]
    public async Task CommitAsync_DuplicateInstanceId_ReturnsConflict()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"duplicate-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.SingleApproval(id), Token);
        var started = await harness.StartAsync(id, Token);
        await using var unitOfWork = await harness.Store.BeginUnitOfWorkAsync(Token);
        unitOfWork.AddInstance(new WorkflowInstance { Id = started.Id, DefinitionId = id, DefinitionVersion = 1, Version = 1 });

        var committed = await unitOfWork.CommitAsync(Token);

        Assert.Equal(WorkflowErrorCodes.Conflict, committed.Error?.Code);
    }

    [Fact]
    public async Task CommitAsync_DuplicateIdempotencyKey_ReturnsConflict()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var record = new IdempotencyRecord(
            "actor-1",
            $"key-{Guid.NewGuid():N}",
            Guid.NewGuid(),
            new ResumeOutcome { ActivityId = "approve", Decision = "Approved" },
            DateTimeOffset.UtcNow);
        await using (var first = await harness.Store.BeginUnitOfWorkAsync(Token))
        {
            first.AddIdempotencyRecord(record);
            Assert.True((await first.CommitAsync(Token)).IsSuccess);
        }

        await using var second = await harness.Store.BeginUnitOfWorkAsync(Token);
        second.AddIdempotencyRecord(record with { BookmarkId = Guid.NewGuid() });

        var committed = await second.CommitAsync(Token);

        Assert.Equal(WorkflowErrorCodes.Conflict, committed.Error?.Code);
    }

    [Fact]
    public async Task FindInstanceAsync_SameIdTwice_ReturnsSameObject()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"identity-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.SingleApproval(id), Token);
        var started = await harness.StartAsync(id, Token);
        await using var unitOfWork = await harness.Store.BeginUnitOfWorkAsync(Token);

        var first = await unitOfWork.FindInstanceAsync(started.Id, Token);
        var second = await unitOfWork.FindInstanceAsync(started.Id, Token);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task ResumeInAsync_SeveralResumesInOneUnitOfWork_AllCommitted()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"batch-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.ParallelApprovals(id), Token);
        var started = await harness.StartAsync(id, Token);
        var director = Actor.User("all-roles", roles: ["R1", "R2", "R3", "R4"]);
        var bookmarks = started.OpenBookmarks.Select(bookmark => bookmark.Id).ToList();
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var resumer = scope.ServiceProvider.GetRequiredService<WorkflowResumer>();
            await using var unitOfWork = await harness.Store.BeginUnitOfWorkAsync(Token);
            foreach (var bookmarkId in bookmarks)
            {
                var resumed = await resumer.ResumeInAsync(unitOfWork, new ResumeRequest(bookmarkId, director, "Approved", $"batch-{bookmarkId}"), Token);
                Assert.True(resumed.IsSuccess);
            }

            Assert.True((await unitOfWork.CommitAsync(Token)).IsSuccess);
        }

        var stored = await harness.Store.GetInstanceAsync(started.Id, Token);
        Assert.Equal(4, bookmarks.Count);
        Assert.Equal(WorkflowInstanceStatus.Completed, stored!.Status);
    }

    [Fact]
    public async Task Notify_InsideResume_WritesOutboxRowInSameTransaction()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var id = $"notify-{Guid.NewGuid():N}";
        await harness.AddDefinitionAsync(TestWorkflows.WatchedApproval(id, "PT0S"), Token);
        var started = await harness.StartAsync(id, Token);
        var timer = await harness.OpenBookmarkAsync(started.Id, "deadline", Token);

        var fired = await harness.ResumeAsync(timer.Id, Actor.System, BookmarkKinds.TimerElapsed, $"timer:{timer.Id}", Token);

        Assert.True(fired.IsSuccess);
        await using var reader = database.CreateDbContext();
        var messages = await reader.OutboxMessages.Where(message => message.Type == OutboxNotificationSink.MessageType).ToListAsync(Token);
        Assert.Single(messages, message => message.Payload.Contains(started.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAsync_SameVersionTwice_ReturnsConflict()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var definition = TestWorkflows.SingleApproval($"definition-{Guid.NewGuid():N}");
        await harness.AddDefinitionAsync(definition, Token);
        await using var scope = harness.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();

        var again = await store.AddAsync(definition, Token);

        Assert.Equal(WorkflowErrorCodes.Conflict, again.Error?.Code);
    }

    [Fact]
    public async Task ReplaceDraftAsync_StoredDraft_PublishesIt()
    {
        database.SkipIfUnavailable();
        await using var harness = new WorkflowStorageHarness(database);
        var published = TestWorkflows.SingleApproval($"draft-{Guid.NewGuid():N}");
        var draft = published with { State = DefinitionState.Draft };
        await harness.AddDefinitionAsync(draft, Token);
        await using var scope = harness.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
        var latestBefore = await store.FindLatestPublishedAsync(published.Id, Token);

        var replaced = await store.ReplaceDraftAsync(published, Token);
        var replacedAgain = await store.ReplaceDraftAsync(published, Token);

        Assert.Null(latestBefore);
        Assert.True(replaced.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.Conflict, replacedAgain.Error?.Code);
        Assert.Equal(1, (await store.FindLatestPublishedAsync(published.Id, Token))?.Version);
    }
}
