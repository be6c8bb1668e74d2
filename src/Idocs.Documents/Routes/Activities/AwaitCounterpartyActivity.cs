using System.Diagnostics.CodeAnalysis;
using Idocs.Common.Results;
using Idocs.Workflows;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Routes.Activities;

/// <summary>
/// Waits for the counterparties after dispatch. A counterparty never acts on the sender's route
/// directly, because its signature arrives by link or from its own incoming route. The document
/// service resumes this system bookmark with <see cref="Signed"/> once every counterparty has
/// signed, or with <see cref="Rejected"/> at the first rejection.
/// </summary>
public sealed class AwaitCounterpartyActivity : IWaitingActivity
{
    public const string TypeName = "AwaitCounterparty";

    [SuppressMessage("Naming", "CA1720", Justification = "Signed is the outcome name used in definitions.")]
    public const string Signed = "Signed";

    public const string Rejected = "Rejected";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Waits until every counterparty signs the document, or one rejects it.",
        Behavior = ActivityBehavior.Waiting,
        Outcomes = [Signed, Rejected],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateBookmark(DocumentBookmarkKinds.Counterparty, BookmarkGate.ForSystem);
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resumption);
        var result = resumption.Decision is Signed or Rejected
            ? ActivityResult.Complete(resumption.Decision)
            : ActivityResult.RejectResume(new Error(
                WorkflowErrorCodes.InvalidResumeInput, $"The counterparty step is resumed with {Signed} or {Rejected}, not '{resumption.Decision}'."));
        return ValueTask.FromResult(result);
    }
}
