using System.Collections.Concurrent;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Persistence.InMemory;

namespace Idocs.Workflows.Tests.Support;

/// <summary>
/// Test double of the document module's Dispatch activity: records which instance was dispatched,
/// once its unit of work commits, instead of sending a document to counterparties.
/// </summary>
public sealed class StubDispatchActivity : IActivity
{
    public const string TypeName = "Dispatch";

    public const string Dispatched = "Dispatched";

    public ConcurrentQueue<Guid> DispatchedInstances { get; } = new();

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Sends the document to its counterparties (test double).",
        Inputs = [new InputDescriptor("channel", InputKind.Choice, Required: false, "platform or email.") { Choices = ["platform", "email"] }],
        Outcomes = [Dispatched],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var instanceId = context.InstanceId;
        ((InMemoryWorkflowUnitOfWork)context.UnitOfWork).AfterCommit(() => DispatchedInstances.Enqueue(instanceId));
        return ValueTask.FromResult(ActivityResult.Complete(Dispatched));
    }
}
