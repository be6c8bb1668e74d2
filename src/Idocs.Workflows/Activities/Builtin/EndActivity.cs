namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Ends the instance with a result; paths still waiting elsewhere are cancelled.</summary>
public sealed class EndActivity : IActivity
{
    public const string TypeName = "End";

    /// <summary>The result recorded when the <c>result</c> input is absent.</summary>
    public const string DefaultResult = "completed";

    /// <summary>Result that parent processes and callers treat as a rejection.</summary>
    public const string RejectedResult = "rejected";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Ends the instance; the result (for example approved or rejected) is kept on the instance.",
        Behavior = ActivityBehavior.End,
        Inputs = [new InputDescriptor("result", InputKind.Text, Required: false, "Instance result, default 'completed'.")],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(ActivityResult.End(context.GetText("result") ?? DefaultResult));
    }
}
