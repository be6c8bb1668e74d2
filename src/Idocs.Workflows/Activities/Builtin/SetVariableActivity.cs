namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Sets an instance variable to the value of an expression.</summary>
public sealed class SetVariableActivity : IActivity
{
    public const string TypeName = "SetVariable";

    public const string Done = "Done";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Sets an instance variable to the value of an expression.",
        Inputs =
        [
            new InputDescriptor("name", InputKind.Text, Required: true, "Variable name."),
            new InputDescriptor("value", InputKind.Expression, Required: true, "Expression, for example \"approved\" or amount * 2."),
        ],
        Outcomes = [Done],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expression = context.GetExpression("value");
        if (!expression.IsSuccess)
        {
            return ValueTask.FromResult(ActivityResult.Fault(expression.Error.Message));
        }

        var value = expression.Value.Evaluate(context.Variables);
        if (!value.IsSuccess)
        {
            return ValueTask.FromResult(ActivityResult.Fault(value.Error.Message));
        }

        context.SetVariable(context.GetText("name")!, value.Value.ToJson());
        return ValueTask.FromResult(ActivityResult.Complete(Done));
    }
}
