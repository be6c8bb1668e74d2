using Idocs.Common.Results;
using Idocs.Workflows;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Routes.Activities;

/// <summary>
/// Sends the document to its counterparties. The activity itself only opens a system bookmark:
/// the document service that ran the engine command sees it, dispatches the document in the same
/// transaction (incoming copy or emailed link) and resumes the bookmark with <see cref="Dispatched"/>.
/// Waiting instead of dispatching here keeps the document's status change and the dispatch in the
/// order the transition table needs, because the engine runs before the service writes the status.
/// </summary>
public sealed class DispatchActivity : IWaitingActivity
{
    public const string TypeName = "Dispatch";

    public const string Dispatched = "Dispatched";

    public const string PlatformChannel = "platform";

    public const string EmailChannel = "email";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Sends the signed document to each counterparty: a registered one gets it in New incoming, an unregistered one gets a link by email.",
        Behavior = ActivityBehavior.Waiting,
        Inputs =
        [
            new InputDescriptor(
                "channel", InputKind.Choice, Required: false,
                "platform sends to a registered counterparty and falls back to email; email always sends a link.")
            {
                Choices = [PlatformChannel, EmailChannel],
            },
        ],
        Outcomes = [Dispatched],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateBookmark(DocumentBookmarkKinds.Dispatch, BookmarkGate.ForSystem);
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resumption);
        var result = resumption.Decision == Dispatched
            ? ActivityResult.Complete(Dispatched)
            : ActivityResult.RejectResume(new Error(
                WorkflowErrorCodes.InvalidResumeInput, $"Dispatch step '{resumption.Bookmark.ActivityId}' is resumed only with {Dispatched}, not '{resumption.Decision}'."));
        return ValueTask.FromResult(result);
    }
}
