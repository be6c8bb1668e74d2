using Idocs.Workflows.Activities;

namespace Idocs.Workflows.Designer.DryRun;

/// <summary>
/// Stands in for an activity another module registers (for example Dispatch or AwaitCounterparty),
/// whose real implementation would write or send something: it completes at once with the chosen
/// outcome, or with the first declared one.
/// </summary>
internal sealed class SimulatedActivity(ActivityDescriptor real, IReadOnlyDictionary<string, string> decisions) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = real with { Behavior = ActivityBehavior.Automatic };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = decisions.GetValueOrDefault(context.Activity.Id) ?? (Descriptor.Outcomes.Count > 0 ? Descriptor.Outcomes[0] : null);
        return ValueTask.FromResult(outcome is null ? ActivityResult.Fault($"{Descriptor.Type} declares no outcome to simulate.") : ActivityResult.Complete(outcome));
    }
}
