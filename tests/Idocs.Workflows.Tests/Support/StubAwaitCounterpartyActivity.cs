using System.Diagnostics.CodeAnalysis;
using Idocs.Common.Results;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Tests.Support;

/// <summary>
/// Test double of the document module's AwaitCounterparty activity: one bookmark that any actor with
/// the <see cref="CounterpartyRole"/> role resumes with Signed or Rejected.
/// </summary>
public sealed class StubAwaitCounterpartyActivity : IWaitingActivity
{
    public const string TypeName = "AwaitCounterparty";

    public const string CounterpartyRole = "Counterparty";

    [SuppressMessage("Naming", "CA1720", Justification = "Signed is the outcome name used in definitions.")]
    public const string Signed = "Signed";

    public const string Rejected = "Rejected";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Waits until the counterparty signs or rejects (test double).",
        Behavior = ActivityBehavior.Waiting,
        Outcomes = [Signed, Rejected],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateBookmark("counterparty", new BookmarkGate { Roles = [CounterpartyRole] });
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resumption);
        var result = resumption.Decision is Signed or Rejected
            ? ActivityResult.Complete(resumption.Decision)
            : ActivityResult.RejectResume(new Error(WorkflowErrorCodes.InvalidResumeInput, $"Use {Signed} or {Rejected}."));
        return ValueTask.FromResult(result);
    }
}
