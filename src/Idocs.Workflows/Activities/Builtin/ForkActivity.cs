namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Starts every connection of its <see cref="Branch"/> outcome as a parallel branch.</summary>
public sealed class ForkActivity : IActivity
{
    public const string TypeName = "Fork";

    public const string Branch = "Branch";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Runs each outgoing connection as a parallel branch; a Join naming this Fork merges them.",
        Behavior = ActivityBehavior.Fork,
        Outcomes = [Branch],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Complete(Branch));
}
