using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Runtime;

public class FlowActivityTests
{
    private readonly EngineHost _host = new();

    [Theory]
    [InlineData(1500000, "KZT", "large")]
    [InlineData(1500000, "USD", "small")]
    [InlineData(1000, "KZT", "small")]
    public async Task Decision_RoutesByCondition(decimal amount, string currency, string expected)
    {
        await _host.AddAsync(DefinitionBuilder.Create("decide")
            .Activity("start", "Start")
            .Activity("check", "Decision", new { condition = "amount > 1000000 && currency == \"KZT\"" })
            .Activity("large", "End", new { result = "large" })
            .Activity("small", "End", new { result = "small" })
            .Connect("start", "Done", "check")
            .Connect("check", "True", "large")
            .Connect("check", "False", "small")
            .Build());

        var instance = await _host.StartAsync("decide", new { amount, currency });

        Assert.Equal(expected, instance.Result);
    }

    [Fact]
    public async Task Decision_MissingVariable_OpensIncident()
    {
        await _host.AddAsync(DefinitionBuilder.Create("decide")
            .Activity("start", "Start")
            .Activity("check", "Decision", new { condition = "amount > 10" })
            .Connect("start", "Done", "check")
            .Build());

        var instance = await _host.StartAsync("decide");

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Contains("amount", incident.Message, StringComparison.Ordinal);
        Assert.Contains(await _host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.ActivityFaulted && entry.ActivityId == "check");
    }

    [Fact]
    public async Task ForkAllOf_WaitsForEveryBranch()
    {
        await _host.AddAsync(RouteDefinitions.ParallelApprovals("all-of", "Lawyer", "Accountant"));
        var instance = await _host.StartAsync("parallel");

        var afterLawyer = await _host.ActAsync(instance.Id, "approve-LAWYER", Actors.Lawyer, "Approved");
        var afterAccountant = await _host.ActAsync(instance.Id, "approve-ACCOUNTANT", Actors.Accountant, "Approved");

        Assert.Equal(WorkflowInstanceStatus.Running, afterLawyer.InstanceStatus);
        Assert.Equal(WorkflowInstanceStatus.Completed, afterAccountant.InstanceStatus);
        Assert.Equal("approved", (await _host.InstanceAsync(instance.Id)).Result);
    }

    [Fact]
    public async Task ForkAnyOf_FirstBranchCancelsTheOthers()
    {
        await _host.AddAsync(RouteDefinitions.ParallelApprovals("any-of", "Lawyer", "Accountant"));
        var instance = await _host.StartAsync("parallel");
        var accountantSeat = await _host.SingleOpenBookmarkAsync(instance.Id, "approve-ACCOUNTANT");

        var afterLawyer = await _host.ActAsync(instance.Id, "approve-LAWYER", Actors.Lawyer, "Approved");
        var late = await _host.ResumeAsync(accountantSeat.Id, Actors.Accountant, "Approved");

        Assert.Equal(WorkflowInstanceStatus.Completed, afterLawyer.InstanceStatus);
        Assert.Equal(WorkflowErrorCodes.AlreadyCompleted, late.Error?.Code);
    }

    [Fact]
    public async Task ForkBranchRejected_EndsWholeInstance()
    {
        await _host.AddAsync(RouteDefinitions.ParallelApprovals("all-of", "Lawyer", "Accountant"));
        var instance = await _host.StartAsync("parallel");

        var rejected = await _host.ActAsync(instance.Id, "approve-LAWYER", Actors.Lawyer, "Rejected");

        Assert.Equal(WorkflowInstanceStatus.Completed, rejected.InstanceStatus);
        Assert.Equal("rejected", (await _host.InstanceAsync(instance.Id)).Result);
        Assert.Empty(await _host.OpenBookmarksAsync(instance.Id));
    }

    [Fact]
    public async Task Notify_SendsRequestWithResolvedRecipients()
    {
        await _host.AddAsync(DefinitionBuilder.Create("notify")
            .Activity("start", "Start")
            .Activity("tell", "Notify", new { recipients = new object[] { new { role = "HR" }, new { variable = "initiator" } }, template = "leave-approved" })
            .Connect("start", "Done", "tell")
            .Build());

        var instance = await _host.StartAsync("notify", new { initiator = "employee-7" });

        var request = Assert.Single(_host.Sink.Requests);
        Assert.Equal("leave-approved", request.Template);
        Assert.Equal(instance.Id, request.InstanceId);
        Assert.Equal("HR", request.Recipients[0].Value);
        Assert.Equal(Idocs.Workflows.Participants.ParticipantKind.User, request.Recipients[1].Kind);
        Assert.Equal("employee-7", request.Recipients[1].Value);
    }

    [Fact]
    public async Task Notify_SinkFails_IncidentThenRetrySucceeds()
    {
        await _host.AddAsync(DefinitionBuilder.Create("notify")
            .Activity("start", "Start")
            .Activity("tell", "Notify", new { recipients = new[] { new { role = "HR" } }, template = "t" })
            .Activity("end", "End")
            .Connect("start", "Done", "tell")
            .Connect("tell", "Done", "end")
            .Build());
        _host.Sink.Fail = true;
        var instance = await _host.StartAsync("notify");
        var incident = Assert.Single(instance.Incidents);
        var token = TestContext.Current.CancellationToken;

        var failedRetry = await _host.Engine.RetryIncidentAsync(instance.Id, incident.Id, EngineHost.Starter, token);
        _host.Sink.Fail = false;
        var retried = await _host.Engine.RetryIncidentAsync(instance.Id, incident.Id, EngineHost.Starter, token);

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance.Status);
        Assert.Equal(WorkflowInstanceStatus.Faulted, failedRetry.Value);
        Assert.Equal(WorkflowInstanceStatus.Completed, retried.Value);
        var stored = await _host.InstanceAsync(instance.Id);
        var resolved = Assert.Single(stored.Incidents);
        Assert.Equal(2, resolved.Attempts);
        Assert.NotNull(resolved.ResolvedAt);
        Assert.Single(_host.Sink.Requests);
    }

    [Fact]
    public async Task RetryIncident_Resolved_ReturnsAlreadyCompleted()
    {
        await _host.AddAsync(DefinitionBuilder.Create("notify")
            .Activity("start", "Start")
            .Activity("tell", "Notify", new { recipients = new[] { new { role = "HR" } }, template = "t" })
            .Connect("start", "Done", "tell")
            .Build());
        _host.Sink.Fail = true;
        var instance = await _host.StartAsync("notify");
        _host.Sink.Fail = false;
        var token = TestContext.Current.CancellationToken;
        await _host.Engine.RetryIncidentAsync(instance.Id, instance.Incidents[0].Id, EngineHost.Starter, token);

        var again = await _host.Engine.RetryIncidentAsync(instance.Id, instance.Incidents[0].Id, EngineHost.Starter, token);
        var unknown = await _host.Engine.RetryIncidentAsync(instance.Id, Guid.NewGuid(), EngineHost.Starter, token);

        Assert.Equal(WorkflowErrorCodes.AlreadyCompleted, again.Error?.Code);
        Assert.Equal(WorkflowErrorCodes.IncidentNotFound, unknown.Error?.Code);
    }

    [Fact]
    public async Task ThrowingActivity_BecomesIncident()
    {
        _host.Registry.Register(new ThrowingActivity());
        await _host.AddAsync(DefinitionBuilder.Create("throws")
            .Activity("start", "Start")
            .Activity("boom", ThrowingActivity.TypeName)
            .Connect("start", "Done", "boom")
            .Build());

        var instance = await _host.StartAsync("throws");

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance.Status);
        Assert.Contains("disk full", Assert.Single(instance.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunawayLoop_StopsAtStepLimit()
    {
        var host = new EngineHost(new WorkflowEngineOptions { MaxStepsPerRun = 50 });
        await host.AddAsync(DefinitionBuilder.Create("loop")
            .Activity("start", "Start")
            .Activity("count", "SetVariable", new { name = "n", value = "n + 1" })
            .Activity("check", "Decision", new { condition = "n < 100000" })
            .Connect("start", "Done", "count")
            .Connect("count", "Done", "check")
            .Connect("check", "True", "count")
            .Build());

        var instance = await host.StartAsync("loop", new { n = 0 });

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance.Status);
        Assert.Contains("50", Assert.Single(instance.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetVariable_ConcatenatesText()
    {
        await _host.AddAsync(DefinitionBuilder.Create("text")
            .Activity("start", "Start")
            .Activity("label", "SetVariable", new { name = "label", value = "\"No. \" + number" })
            .Connect("start", "Done", "label")
            .Build());

        var instance = await _host.StartAsync("text", new { number = "42-A" });

        Assert.Equal("No. 42-A", instance.Variables["label"].GetString());
    }
}
