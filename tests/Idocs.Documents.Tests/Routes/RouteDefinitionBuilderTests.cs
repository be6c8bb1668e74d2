using Idocs.Common.Results;
using Idocs.Documents.Routes;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Persistence.InMemory;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Validation;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Documents.Tests.Routes;

/// <summary>Builds routes from stages and runs them on the real engine with its in-memory stores.</summary>
public class RouteDefinitionBuilderTests
{
    private static readonly Guid DocumentId = Guid.Parse("0190f000-0000-7000-8000-00000000c001");
    private static readonly Guid Accountant = Guid.Parse("0190f000-0000-7000-8000-00000000c101");
    private static readonly Guid Lawyer = Guid.Parse("0190f000-0000-7000-8000-00000000c102");
    private static readonly Guid Director = Guid.Parse("0190f000-0000-7000-8000-00000000c103");

    private readonly InMemoryWorkflowStore _store = new();
    private readonly InMemoryWorkflowDefinitionStore _definitions = new();
    private readonly DefinitionValidator _validator;
    private readonly WorkflowEngine _engine;
    private readonly WorkflowResumer _resumer;
    private readonly DocumentInbox _inbox;

    public RouteDefinitionBuilderTests()
    {
        var registry = BuiltinActivities.CreateRegistry(new SilentNotificationSink());
        var options = new WorkflowEngineOptions();
        _validator = new DefinitionValidator(registry);
        _engine = new WorkflowEngine(_store, _definitions, registry, TimeProvider.System, options, NullLogger<WorkflowEngine>.Instance);
        _resumer = new WorkflowResumer(_store, _definitions, registry, TimeProvider.System, options, NullLogger<WorkflowResumer>.Instance);
        _inbox = new DocumentInbox(_store);
    }

    [Fact]
    public void Build_ApprovalThenSigning_PassesEngineValidation()
    {
        var definition = RouteDefinitionBuilder.Build(DocumentId, TwoStages()).Value!;

        var problems = _validator.Validate(definition);

        Assert.Empty(problems);
    }

    [Fact]
    public void Build_NoStages_Fails()
    {
        var result = RouteDefinitionBuilder.Build(DocumentId, []);

        Assert.Equal(RouteErrorCodes.InvalidStageCount, result.Error?.Code);
    }

    [Fact]
    public void Build_OnlyApproval_FailsWithoutSigningStage()
    {
        var result = RouteDefinitionBuilder.Build(DocumentId, [new RouteStage(RouteStepKind.Approve, [Accountant])]);

        Assert.Equal(RouteErrorCodes.SigningStageRequired, result.Error?.Code);
    }

    [Fact]
    public void Build_SameEmployeeTwiceInStage_Fails()
    {
        var result = RouteDefinitionBuilder.Build(DocumentId, [new RouteStage(RouteStepKind.Sign, [Director, Director])]);

        Assert.Equal(RouteErrorCodes.InvalidStage, result.Error?.Code);
    }

    [Fact]
    public async Task Route_ParallelApproversThenDirector_CompletesAfterSignature()
    {
        await StartRoute(TwoStages());

        await Resume(Accountant, ApproveActivity.Approved);
        var directorTurnBeforeLawyer = await _inbox.IsInTurnAsync(DocumentId, Director, RouteStepKind.Sign, TestContext.Current.CancellationToken);
        await Resume(Lawyer, ApproveActivity.Approved);
        var directorTurnAfterApprovals = await _inbox.IsInTurnAsync(DocumentId, Director, RouteStepKind.Sign, TestContext.Current.CancellationToken);
        var outcome = await Resume(Director, SignActivity.Signed);

        var instance = await _store.GetInstanceAsync(outcome.InstanceId, TestContext.Current.CancellationToken);
        Assert.False(directorTurnBeforeLawyer);
        Assert.True(directorTurnAfterApprovals);
        Assert.Equal(WorkflowInstanceStatus.Completed, instance!.Status);
        Assert.Equal(EndActivity.DefaultResult, instance.Result);
    }

    [Fact]
    public async Task Route_ParallelApproversAtOnce_BothRecorded()
    {
        await StartRoute(TwoStages());

        var outcomes = await Task.WhenAll(
            Task.Run(() => Resume(Accountant, ApproveActivity.Approved)),
            Task.Run(() => Resume(Lawyer, ApproveActivity.Approved)));

        var instance = await _store.GetInstanceAsync(outcomes[0].InstanceId, TestContext.Current.CancellationToken);
        var approvals = instance!.Bookmarks.Count(bookmark => bookmark.Decision == ApproveActivity.Approved);
        Assert.Equal(2, approvals);
        Assert.True(await _inbox.IsInTurnAsync(DocumentId, Director, RouteStepKind.Sign, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Route_ApproverRejects_EndsRejected()
    {
        await StartRoute(TwoStages());

        var outcome = await Resume(Accountant, ApproveActivity.Rejected);

        var instance = await _store.GetInstanceAsync(outcome.InstanceId, TestContext.Current.CancellationToken);
        Assert.Equal(EndActivity.RejectedResult, instance!.Result);
        Assert.Empty(await _inbox.ListAsync(Actor.User(Director.ToString()), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Route_AnyOfStage_CompletesOnFirstApproval()
    {
        await StartRoute(
        [
            new RouteStage(RouteStepKind.Approve, [Accountant, Lawyer], RouteCompletion.AnyOf),
            new RouteStage(RouteStepKind.Sign, [Director]),
        ]);

        await Resume(Lawyer, ApproveActivity.Approved);

        Assert.Empty(await _inbox.ListAsync(Actor.User(Accountant.ToString()), TestContext.Current.CancellationToken));
        Assert.True(await _inbox.IsInTurnAsync(DocumentId, Director, RouteStepKind.Sign, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Inbox_Approver_SeesApproveItemForDocument()
    {
        await StartRoute(TwoStages());

        var items = await _inbox.ListAsync(Actor.User(Accountant.ToString()), TestContext.Current.CancellationToken);

        var item = Assert.Single(items);
        Assert.Equal(DocumentId, item.DocumentId);
        Assert.Equal(RouteStepKind.Approve, item.Step);
        Assert.Equal(RouteDefinitionBuilder.StageId(0), item.StepActivityId);
    }

    private static RouteStage[] TwoStages() =>
    [
        new RouteStage(RouteStepKind.Approve, [Accountant, Lawyer]),
        new RouteStage(RouteStepKind.Sign, [Director]),
    ];

    private async Task StartRoute(IReadOnlyList<RouteStage> stages)
    {
        var publisher = new DefinitionPublisher(_definitions, _validator, NullLogger<DefinitionPublisher>.Instance);
        var definition = RouteDefinitionBuilder.Build(DocumentId, stages).Value!;
        var published = await publisher.PublishAsync(definition, DefinitionSource.Api, TestContext.Current.CancellationToken);
        Assert.True(published.IsSuccess, published.Error?.ToString());

        var started = await _engine.StartAsync(
            new StartRequest(definition.Id, Actor.User(TestDocuments.AuthorId.ToString())) { CorrelationId = DocumentId.ToString() },
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(started.IsSuccess, started.Error?.ToString());
    }

    private async Task<ResumeOutcome> Resume(Guid employeeId, string decision)
    {
        var actor = Actor.User(employeeId.ToString());
        var item = Assert.Single(await _inbox.ListAsync(actor, TestContext.Current.CancellationToken));
        var resumed = await _resumer.ResumeAsync(
            new ResumeRequest(item.BookmarkId, actor, decision, $"{item.BookmarkId}:{decision}"),
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(resumed.IsSuccess, resumed.Error?.ToString());
        return resumed.Value!;
    }

    private sealed class SilentNotificationSink : INotificationSink
    {
        public Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
            Task.FromResult(Result.Success());
    }
}
