namespace Idocs.Workflows.Activities.Builtin;

/// <summary>
/// Merges the branches of the Fork named in the <c>fork</c> input: after all of them (<c>all-of</c>)
/// or after the first (<c>any-of</c>, which cancels the branches still running). The runner keeps
/// the arrivals in a <see cref="JoinState"/> and calls the activity on each arrival.
/// </summary>
public sealed class JoinActivity : IActivity
{
    public const string TypeName = "Join";

    public const string Done = "Done";

    public const string AllOf = "all-of";

    public const string AnyOf = "any-of";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Waits for all branches (all-of) or the first branch (any-of) of a Fork.",
        Behavior = ActivityBehavior.Join,
        Inputs =
        [
            new InputDescriptor("fork", InputKind.Text, Required: true, "Id of the Fork activity whose branches this Join merges."),
            new InputDescriptor("mode", InputKind.Choice, Required: false, "all-of (default) or any-of.") { Choices = [AllOf, AnyOf] },
        ],
        Outcomes = [Done],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.GetState<JoinState>()
            ?? throw new InvalidOperationException($"Join '{context.Activity.Id}' ran without the arrival state the runner sets.");

        var satisfied = context.GetChoice("mode") == AnyOf
            ? state.ArrivedBranches.Count > 0
            : state.ArrivedBranches.Count >= state.BranchCount;
        return ValueTask.FromResult(satisfied ? ActivityResult.Complete(Done) : ActivityResult.Wait());
    }
}
