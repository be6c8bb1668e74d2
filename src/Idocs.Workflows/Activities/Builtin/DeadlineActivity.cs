using Idocs.Common.Results;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Activities.Builtin;

/// <summary>
/// A timer: creates a timer bookmark due after the <c>after</c> duration, and when the scheduler
/// resumes it completes with <see cref="Reminder"/> or <see cref="Escalation"/> as the <c>action</c>
/// input selects. Usually placed in a Fork branch beside the step it watches, with an any-of Join.
/// </summary>
public sealed class DeadlineActivity : IWaitingActivity
{
    public const string TypeName = "Deadline";

    public const string Reminder = "Reminder";

    public const string Escalation = "Escalation";

    /// <summary>The decision the scheduler resumes a due timer bookmark with.</summary>
    public const string Elapsed = BookmarkKinds.TimerElapsed;

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Waits for a duration, then continues through Reminder or Escalation.",
        Behavior = ActivityBehavior.Waiting,
        Inputs =
        [
            new InputDescriptor("after", InputKind.Duration, Required: true, "ISO 8601 duration from the step's start, for example P2D."),
            new InputDescriptor("action", InputKind.Choice, Required: false, "reminder (default) or escalation.") { Choices = ["reminder", "escalation"] },
        ],
        Outcomes = [Reminder, Escalation],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var after = context.GetDuration("after");
        if (!after.IsSuccess)
        {
            return ValueTask.FromResult(ActivityResult.Fault(after.Error.Message));
        }

        context.CreateBookmark(BookmarkKinds.Timer, BookmarkGate.ForSystem, dueAt: context.Now + after.Value);
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resumption);
        if (resumption.Decision != Elapsed)
        {
            return ValueTask.FromResult(ActivityResult.RejectResume(new Error(
                WorkflowErrorCodes.InvalidResumeInput, $"A Deadline timer is resumed with decision '{Elapsed}', not '{resumption.Decision}'.")));
        }

        var outcome = context.GetChoice("action") == "escalation" ? Escalation : Reminder;
        return ValueTask.FromResult(ActivityResult.Complete(outcome));
    }
}
