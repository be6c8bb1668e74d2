namespace Idocs.Workflows.Activities.Builtin;

/// <summary>The entry point; every definition has exactly one.</summary>
public sealed class StartActivity : IActivity
{
    public const string TypeName = "Start";

    public const string Done = "Done";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Entry point of the route or process.",
        Behavior = ActivityBehavior.Start,
        Outcomes = [Done],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Complete(Done));
}
