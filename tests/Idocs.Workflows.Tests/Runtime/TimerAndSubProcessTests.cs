using Idocs.Workflows.Definitions;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Runtime;

public class TimerAndSubProcessTests
{
    private readonly EngineHost _host = new();

    [Fact]
    public async Task Deadline_CreatesTimerDueAfterDuration()
    {
        await _host.AddAsync(WatchedApproval("reminder"));

        var instance = await _host.StartAsync("watched");

        var timer = await _host.SingleOpenBookmarkAsync(instance.Id, "deadline");
        Assert.Equal(BookmarkKinds.Timer, timer.Kind);
        Assert.Equal(_host.Clock.GetUtcNow().AddDays(2), timer.DueAt);
        Assert.True(timer.Gate.SystemOnly);
    }

    [Fact]
    public async Task Deadline_ResumedEarly_ReturnsTimerNotDue()
    {
        await _host.AddAsync(WatchedApproval("reminder"));
        var instance = await _host.StartAsync("watched");
        var timer = await _host.SingleOpenBookmarkAsync(instance.Id, "deadline");

        var early = await _host.ResumeAsync(timer.Id, Actor.System, BookmarkKinds.TimerElapsed);

        Assert.Equal(WorkflowErrorCodes.TimerNotDue, early.Error?.Code);
    }

    [Fact]
    public async Task Deadline_Due_FiresReminderOnce()
    {
        await _host.AddAsync(WatchedApproval("reminder"));
        var instance = await _host.StartAsync("watched");
        _host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var token = TestContext.Current.CancellationToken;

        var firstPass = await _host.Timers.FireDueTimersAsync(10, token);
        var secondPass = await _host.Timers.FireDueTimersAsync(10, token);

        Assert.Equal(1, firstPass);
        Assert.Equal(0, secondPass);
        var request = Assert.Single(_host.Sink.Requests);
        Assert.Equal("approval-reminder", request.Template);
        Assert.Single(await _host.OpenBookmarksAsync(instance.Id, "approve"));
    }

    [Fact]
    public async Task Deadline_TwoProcessorsAtOnce_FireOnce()
    {
        await _host.AddAsync(WatchedApproval("escalation"));
        var instance = await _host.StartAsync("watched");
        _host.Clock.Advance(TimeSpan.FromDays(3));
        var other = new DueTimerProcessor(_host.Store, _host.Resumer, _host.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<DueTimerProcessor>.Instance);
        var token = TestContext.Current.CancellationToken;

        var fired = await Task.WhenAll(
            Task.Run(() => _host.Timers.FireDueTimersAsync(10, token), token),
            Task.Run(() => other.FireDueTimersAsync(10, token), token));

        Assert.Equal(1, fired.Sum());
        Assert.Single(_host.Sink.Requests);
        Assert.Single(await _host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.BookmarkResumed && entry.ActivityId == "deadline");
    }

    [Fact]
    public async Task Deadline_StepDoneFirst_TimerCancelled()
    {
        await _host.AddAsync(WatchedApproval("reminder"));
        var instance = await _host.StartAsync("watched");

        await _host.ActAsync(instance.Id, "approve", Actors.Director, "Approved");
        _host.Clock.Advance(TimeSpan.FromDays(5));
        var fired = await _host.Timers.FireDueTimersAsync(10, TestContext.Current.CancellationToken);

        Assert.Equal(0, fired);
        Assert.Equal(WorkflowInstanceStatus.Completed, (await _host.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task SubProcess_ChildApproved_ParentContinues()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(id: "child"));
        await _host.AddAsync(ParentDefinition());
        var parent = await _host.StartAsync("parent", new { amount = 5 });
        var subProcessBookmark = await _host.SingleOpenBookmarkAsync(parent.Id, "child-step");
        var childId = subProcessBookmark.Payload!.Value.GetProperty("childInstanceId").GetGuid();

        await _host.ActAsync(childId, "approve", Actors.Director, "Approved");

        var child = await _host.InstanceAsync(childId);
        Assert.Equal(parent.Id, child.ParentInstanceId);
        Assert.Equal(5m, child.Variables["amount"].GetDecimal());
        Assert.Equal(1, child.Depth);
        var stored = await _host.InstanceAsync(parent.Id);
        Assert.Equal(WorkflowInstanceStatus.Completed, stored.Status);
        Assert.Equal("child-approved", stored.Result);
    }

    [Fact]
    public async Task SubProcess_ChildRejected_ParentTakesRejectedOutcome()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(id: "child"));
        await _host.AddAsync(ParentDefinition());
        var parent = await _host.StartAsync("parent");
        var childId = (await _host.SingleOpenBookmarkAsync(parent.Id, "child-step")).Payload!.Value.GetProperty("childInstanceId").GetGuid();

        await _host.ActAsync(childId, "approve", Actors.Director, "Rejected");

        Assert.Equal("child-rejected", (await _host.InstanceAsync(parent.Id)).Result);
    }

    [Fact]
    public async Task SubProcess_ParentCancelled_CancelsChild()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(id: "child"));
        await _host.AddAsync(ParentDefinition());
        var parent = await _host.StartAsync("parent");
        var childId = (await _host.SingleOpenBookmarkAsync(parent.Id, "child-step")).Payload!.Value.GetProperty("childInstanceId").GetGuid();

        await _host.Engine.CancelAsync(parent.Id, EngineHost.Starter, "withdrawn", TestContext.Current.CancellationToken);

        var child = await _host.InstanceAsync(childId);
        Assert.Equal(WorkflowInstanceStatus.Cancelled, child.Status);
        Assert.Empty(child.OpenBookmarks);
    }

    [Fact]
    public async Task SubProcess_MissingChildDefinition_OpensIncident()
    {
        await _host.AddAsync(ParentDefinition());

        var parent = await _host.StartAsync("parent");

        Assert.Equal(WorkflowInstanceStatus.Faulted, parent.Status);
        Assert.Contains("child", Assert.Single(parent.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubProcess_SelfRecursion_StopsAtDepthLimit()
    {
        var host = new EngineHost(new WorkflowEngineOptions { MaxSubProcessDepth = 3 });
        await host.AddAsync(DefinitionBuilder.Create("recursive")
            .Activity("start", "Start")
            .Activity("again", "SubProcess", new { definition = "recursive" })
            .Connect("start", "Done", "again")
            .Build());

        var root = await host.StartAsync("recursive");

        var deepest = root;
        while (deepest.OpenBookmarks.FirstOrDefault() is { } waiting)
        {
            deepest = await host.InstanceAsync(waiting.Payload!.Value.GetProperty("childInstanceId").GetGuid());
        }

        Assert.Equal(WorkflowInstanceStatus.Running, root.Status);
        Assert.Equal(3, deepest.Depth);
        Assert.Equal(WorkflowInstanceStatus.Faulted, deepest.Status);
        Assert.Contains("deeper than 3", Assert.Single(deepest.Incidents).Message, StringComparison.Ordinal);
    }

    private static WorkflowDefinition WatchedApproval(string action) =>
        DefinitionBuilder.Create("watched")
            .Activity("start", "Start")
            .Activity("fork", "Fork")
            .Activity("approve", "Approve", new { participants = new[] { new { role = "Director" } } })
            .Activity("deadline", "Deadline", new { after = "P2D", action })
            .Activity("remind", "Notify", new { recipients = new[] { new { role = "Director" } }, template = "approval-reminder" })
            .Activity("escalate", "Notify", new { recipients = new[] { new { role = "HR" } }, template = "approval-escalation" })
            .Activity("join", "Join", new { fork = "fork", mode = "any-of" })
            .Activity("end", "End", new { result = "approved" })
            .Activity("rejected", "End", new { result = "rejected" })
            .Connect("start", "Done", "fork")
            .Connect("fork", "Branch", "approve")
            .Connect("fork", "Branch", "deadline")
            .Connect("deadline", "Reminder", "remind")
            .Connect("deadline", "Escalation", "escalate")
            .Connect("approve", "Approved", "join")
            .Connect("approve", "Rejected", "rejected")
            .Connect("join", "Done", "end")
            .Build();

    private static WorkflowDefinition ParentDefinition() =>
        DefinitionBuilder.Create("parent").Process()
            .Activity("start", "Start")
            .Activity("child-step", "SubProcess", new { definition = "child" })
            .Activity("approved", "End", new { result = "child-approved" })
            .Activity("rejected", "End", new { result = "child-rejected" })
            .Connect("start", "Done", "child-step")
            .Connect("child-step", "Completed", "approved")
            .Connect("child-step", "Rejected", "rejected")
            .Build();
}
