using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Participants;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Validation;

namespace Idocs.Workflows.Activities.Builtin;

/// <summary>
/// A step decided by people: one bookmark per participant seat. It succeeds when the required number
/// of seats gave the positive decision (all seats for all-of, one for any-of, N for quorum) and fails
/// as soon as the seats still open can no longer reach that number. With order <c>sequential</c>
/// the seats act in the listed order.
/// </summary>
public abstract class ParticipantStepActivity : IWaitingActivity, IValidatingActivity
{
    public const string AllOf = "all-of";

    public const string AnyOf = "any-of";

    public const string Quorum = "quorum";

    public const string Parallel = "parallel";

    public const string Sequential = "sequential";

    protected ParticipantStepActivity(string type, string description, string positive, string negative, string bookmarkKind)
    {
        Positive = positive;
        Negative = negative;
        BookmarkKind = bookmarkKind;
        Descriptor = new ActivityDescriptor
        {
            Type = type,
            Description = description,
            Behavior = ActivityBehavior.Waiting,
            Inputs =
            [
                new InputDescriptor("participants", InputKind.Participants, Required: true, "Seats: users, roles, rights or user-id variables."),
                new InputDescriptor("completion", InputKind.Choice, Required: false, "all-of (default), any-of or quorum.") { Choices = [AllOf, AnyOf, Quorum] },
                new InputDescriptor("quorum", InputKind.WholeNumber, Required: false, "Positive decisions needed when completion is quorum."),
                new InputDescriptor("order", InputKind.Choice, Required: false, "parallel (default) or sequential.") { Choices = [Parallel, Sequential] },
            ],
            Outcomes = [positive, negative],
        };
    }

    public ActivityDescriptor Descriptor { get; }

    protected string Positive { get; }

    protected string Negative { get; }

    protected string BookmarkKind { get; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var participants = context.GetParticipants("participants");
        if (!participants.IsSuccess)
        {
            return ValueTask.FromResult(ActivityResult.Fault(participants.Error.Message));
        }

        var required = RequiredCount(context.GetChoice("completion"), context.GetWholeNumber("quorum"), participants.Value.Count);
        if (required < 1 || required > participants.Value.Count)
        {
            return ValueTask.FromResult(ActivityResult.Fault(
                $"Step '{context.Activity.Id}' needs {required} decisions from {participants.Value.Count} participants."));
        }

        var gates = new List<BookmarkGate>();
        foreach (var participant in participants.Value)
        {
            var gate = context.ResolveGate(participant);
            if (!gate.IsSuccess)
            {
                return ValueTask.FromResult(ActivityResult.Fault(gate.Error.Message));
            }

            gates.Add(gate.Value);
        }

        var sequential = context.GetChoice("order") == Sequential;
        for (var seat = 0; seat < gates.Count; seat++)
        {
            context.CreateBookmark(BookmarkKind, gates[seat], sequence: sequential ? seat : null);
        }

        context.SetState(new ParticipantStepState(required));
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resumption);
        if (resumption.Decision != Positive && resumption.Decision != Negative)
        {
            return ValueTask.FromResult(ActivityResult.RejectResume(new Error(
                WorkflowErrorCodes.InvalidResumeInput,
                $"Decision '{resumption.Decision}' is not accepted by {Descriptor.Type} step '{context.Activity.Id}'; use {Positive} or {Negative}.")));
        }

        var required = context.GetState<ParticipantStepState>()?.Required ?? 1;
        var bookmarks = context.Bookmarks;
        var positives = bookmarks.Count(bookmark => bookmark.Status == BookmarkStatus.Completed && bookmark.Decision == Positive);
        var open = bookmarks.Count(bookmark => bookmark.Status == BookmarkStatus.Open);

        if (positives >= required)
        {
            context.CancelOpenBookmarks();
            return ValueTask.FromResult(ActivityResult.Complete(Positive));
        }

        if (positives + open < required)
        {
            context.CancelOpenBookmarks();
            return ValueTask.FromResult(ActivityResult.Complete(Negative));
        }

        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public IEnumerable<ValidationProblem> Validate(ActivityDefinition activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.Inputs.TryGetValue("completion", out var completion) || completion.GetString() != Quorum)
        {
            yield break;
        }

        if (!activity.Inputs.TryGetValue("quorum", out var quorum) || !quorum.TryGetInt32(out var count))
        {
            yield return new ValidationProblem(
                ValidationCodes.MissingRequiredInput, activity.Id, "Completion 'quorum' needs the input 'quorum' with the number of decisions required.");
            yield break;
        }

        var seats = activity.Inputs.TryGetValue("participants", out var list) ? Participant.ParseList(list) : default;
        if (count < 1 || (seats.IsSuccess && count > seats.Value.Count))
        {
            yield return new ValidationProblem(
                ValidationCodes.InvalidInputType, activity.Id, $"Quorum {count} must be between 1 and the number of participants.");
        }
    }

    private static int RequiredCount(string completion, int? quorum, int seats) => completion switch
    {
        AnyOf => 1,
        Quorum => quorum ?? 0,
        _ => seats,
    };
}
