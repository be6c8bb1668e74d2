using Idocs.Workflows.Definitions;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Runtime;

public class WorkflowEngineTests
{
    private readonly EngineHost _host = new();

    [Fact]
    public async Task Start_ApprovalRoute_WaitsWithBookmarkForParticipant()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());

        var instance = await _host.StartAsync("single-approval");

        Assert.Equal(WorkflowInstanceStatus.Running, instance.Status);
        Assert.Equal(1, instance.Version);
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");
        Assert.Equal(BookmarkKinds.Approval, bookmark.Kind);
        Assert.Equal(["Director"], bookmark.Gate.Roles);
        Assert.Equal(instance.Id, bookmark.InstanceId);
    }

    [Fact]
    public async Task Start_AutomaticSteps_CompletesInstance()
    {
        await _host.AddAsync(DefinitionBuilder.Create("automatic")
            .Activity("start", "Start")
            .Activity("total", "SetVariable", new { name = "total", value = "amount * 2" })
            .Activity("end", "End", new { result = "done" })
            .Connect("start", "Done", "total")
            .Connect("total", "Done", "end")
            .Build());

        var instance = await _host.StartAsync("automatic", new { amount = 21 });

        Assert.Equal(WorkflowInstanceStatus.Completed, instance.Status);
        Assert.Equal("done", instance.Result);
        Assert.Equal(42m, instance.Variables["total"].GetDecimal());
    }

    [Fact]
    public async Task Start_PathWithoutEnd_CompletesWhenNothingWaits()
    {
        await _host.AddAsync(DefinitionBuilder.Create("open-ended").Activity("start", "Start").Build());

        var instance = await _host.StartAsync("open-ended");

        Assert.Equal(WorkflowInstanceStatus.Completed, instance.Status);
        Assert.Equal("completed", instance.Result);
    }

    [Fact]
    public async Task Start_DraftVersion_ReturnsNotPublished()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval() with { State = DefinitionState.Draft });

        var started = await _host.Engine.StartAsync(new StartRequest("single-approval", EngineHost.Starter) { Version = 1 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(started.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.DefinitionNotPublished, started.Error.Code);
    }

    [Fact]
    public async Task Start_UnknownDefinition_ReturnsNotFound()
    {
        var started = await _host.Engine.StartAsync(new StartRequest("missing", EngineHost.Starter), cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(started.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.DefinitionNotFound, started.Error.Code);
    }

    [Fact]
    public async Task Start_PinsLatestPublishedVersion()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(version: 1));
        await _host.AddAsync(RouteDefinitions.SingleApproval(version: 2));
        await _host.AddAsync(RouteDefinitions.SingleApproval(version: 3) with { State = DefinitionState.Draft });

        var instance = await _host.StartAsync("single-approval");

        Assert.Equal(2, instance.DefinitionVersion);
    }

    [Fact]
    public async Task Start_WithExtension_CommitsTogether()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        Guid? seen = null;

        var started = await _host.Engine.StartAsync(
            new StartRequest("single-approval", EngineHost.Starter),
            (_, instance, _) =>
            {
                seen = instance.Id;
                return Task.FromResult(Common.Results.Result.Success());
            },
            TestContext.Current.CancellationToken);

        Assert.True(started.IsSuccess);
        Assert.Equal(started.Value.Id, seen);
        Assert.NotNull(await _host.Store.GetInstanceAsync(started.Value.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Start_ExtensionFails_StoresNothing()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        Guid? attempted = null;

        var started = await _host.Engine.StartAsync(
            new StartRequest("single-approval", EngineHost.Starter),
            (_, instance, _) =>
            {
                attempted = instance.Id;
                return Task.FromResult(Common.Results.Result.Failure("documents.invalid", "The document is not ready."));
            },
            TestContext.Current.CancellationToken);

        Assert.False(started.IsSuccess);
        Assert.Equal("documents.invalid", started.Error.Code);
        Assert.Null(await _host.Store.GetInstanceAsync(attempted!.Value, CancellationToken.None));
    }

    [Fact]
    public async Task Cancel_WaitingInstance_ClosesBookmarks()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var cancelled = await _host.Engine.CancelAsync(instance.Id, EngineHost.Starter, "author withdrew the document", TestContext.Current.CancellationToken);
        var resumed = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved");

        Assert.True(cancelled.IsSuccess);
        Assert.Equal(WorkflowInstanceStatus.Cancelled, cancelled.Value);
        Assert.Empty(await _host.OpenBookmarksAsync(instance.Id));
        Assert.Equal(WorkflowErrorCodes.AlreadyCompleted, resumed.Error?.Code);
    }

    [Fact]
    public async Task Cancel_Twice_ReturnsNotActive()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        await _host.Engine.CancelAsync(instance.Id, EngineHost.Starter, "first", TestContext.Current.CancellationToken);

        var second = await _host.Engine.CancelAsync(instance.Id, EngineHost.Starter, "second", TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.InstanceNotActive, second.Error?.Code);
    }

    [Fact]
    public async Task Cancel_UnknownInstance_ReturnsNotFound()
    {
        var cancelled = await _host.Engine.CancelAsync(Guid.NewGuid(), EngineHost.Starter, "none", TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.InstanceNotFound, cancelled.Error?.Code);
    }

    [Fact]
    public async Task Suspend_ThenResume_IsRejectedUntilActivated()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var suspended = await _host.Engine.SuspendAsync(instance.Id, EngineHost.Starter, TestContext.Current.CancellationToken);
        var whileSuspended = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved");
        var activated = await _host.Engine.ActivateAsync(instance.Id, EngineHost.Starter, TestContext.Current.CancellationToken);
        var afterActivation = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved");

        Assert.Equal(WorkflowInstanceStatus.Suspended, suspended.Value);
        Assert.Equal(WorkflowErrorCodes.InstanceSuspended, whileSuspended.Error?.Code);
        Assert.Equal(WorkflowInstanceStatus.Running, activated.Value);
        Assert.True(afterActivation.IsSuccess);
        Assert.Equal(WorkflowInstanceStatus.Completed, afterActivation.Value.InstanceStatus);
    }

    [Fact]
    public async Task Activate_RunningInstance_ReturnsInvalidState()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");

        var activated = await _host.Engine.ActivateAsync(instance.Id, EngineHost.Starter, TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.InvalidInstanceState, activated.Error?.Code);
    }

    [Fact]
    public async Task Journal_RecordsEachStepWithActorAndOutcome()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        await _host.ActAsync(instance.Id, "approve", Actors.Director, "Approved");

        var journal = await _host.JournalAsync(instance.Id);

        Assert.Equal(JournalEvent.InstanceStarted, journal[0].Event);
        Assert.Equal("author", journal[0].ActorId);
        Assert.Contains(journal, entry => entry.Event == JournalEvent.ActivityCompleted && entry.ActivityId == "start" && entry.Outcome == "Done");
        Assert.Contains(journal, entry => entry.Event == JournalEvent.ActivityWaiting && entry.ActivityId == "approve");
        Assert.Contains(journal, entry => entry.Event == JournalEvent.BookmarkResumed && entry.ActorId == "director" && entry.Outcome == "Approved" && entry.ActivityType == "Approve");
        Assert.Equal(JournalEvent.InstanceCompleted, journal[^1].Event);
        Assert.Equal("approved", journal[^1].Outcome);
    }

    [Fact]
    public async Task ListOpenBookmarks_ReturnsOnlyStepsActorMayResume()
    {
        await _host.AddAsync(RouteDefinitions.ParallelApprovals("all-of", "Lawyer", "Accountant"));
        await _host.StartAsync("parallel");
        await _host.StartAsync("parallel");

        var lawyerTasks = await _host.Store.ListOpenBookmarksAsync(Actors.Lawyer, TestContext.Current.CancellationToken);
        var outsiderTasks = await _host.Store.ListOpenBookmarksAsync(Actors.Outsider, TestContext.Current.CancellationToken);

        Assert.Equal(2, lawyerTasks.Count);
        Assert.All(lawyerTasks, bookmark => Assert.Equal("approve-LAWYER", bookmark.ActivityId));
        Assert.Empty(outsiderTasks);
    }
}
