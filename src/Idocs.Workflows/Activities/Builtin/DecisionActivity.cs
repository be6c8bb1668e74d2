namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Branches on a condition over instance variables, for example <c>amount &gt; 1000000</c>.</summary>
public sealed class DecisionActivity : IActivity
{
    public const string TypeName = "Decision";

    public const string True = "True";

    public const string False = "False";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Type = TypeName,
        Description = "Continues through True or False depending on a condition over the instance's variables.",
        Inputs = [new InputDescriptor("condition", InputKind.Expression, Required: true, "Boolean expression, for example amount > 1000000 && currency == \"KZT\".")],
        Outcomes = [True, False],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expression = context.GetExpression("condition");
        if (!expression.IsSuccess)
        {
            return ValueTask.FromResult(ActivityResult.Fault(expression.Error.Message));
        }

        var value = expression.Value.EvaluateCondition(context.Variables);
        var result = value.IsSuccess
            ? ActivityResult.Complete(value.Value ? True : False)
            : ActivityResult.Fault(value.Error.Message);
        return ValueTask.FromResult(result);
    }
}
