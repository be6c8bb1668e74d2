using System.Text.Json;
using Idocs.Common.Results;

namespace Idocs.Workflows.Expressions;

/// <summary>Evaluation state shared by the nodes of one evaluation: variables and the step budget.</summary>
internal sealed class EvaluationScope(IReadOnlyDictionary<string, JsonElement> variables, int maxSteps)
{
    private int _steps;

    public IReadOnlyDictionary<string, JsonElement> Variables { get; } = variables;

    public Error? CountStep()
    {
        _steps++;
        return _steps > maxSteps
            ? new Error(ExpressionErrorCodes.StepLimitExceeded, $"The expression needs more than {maxSteps} evaluation steps.")
            : null;
    }
}

internal abstract class ExpressionNode
{
    public Result<ExpressionValue> Evaluate(EvaluationScope scope)
    {
        var limit = scope.CountStep();
        return limit is null ? EvaluateNode(scope) : Result<ExpressionValue>.Failure(limit);
    }

    protected abstract Result<ExpressionValue> EvaluateNode(EvaluationScope scope);
}

internal sealed class LiteralNode(ExpressionValue value) : ExpressionNode
{
    protected override Result<ExpressionValue> EvaluateNode(EvaluationScope scope) => value;
}

internal sealed class VariableNode(string name) : ExpressionNode
{
    public string Name { get; } = name;

    protected override Result<ExpressionValue> EvaluateNode(EvaluationScope scope)
    {
        if (!scope.Variables.TryGetValue(Name, out var element))
        {
            return Result<ExpressionValue>.Failure(
                ExpressionErrorCodes.UnknownVariable,
                $"Variable '{Name}' is not set on the instance; set it when starting the instance or with a SetVariable step.");
        }

        return ExpressionValue.FromJson(Name, element);
    }
}

internal sealed class NotNode(ExpressionNode operand) : ExpressionNode
{
    protected override Result<ExpressionValue> EvaluateNode(EvaluationScope scope)
    {
        var value = operand.Evaluate(scope);
        if (!value.IsSuccess)
        {
            return value;
        }

        return value.Value.Kind == ExpressionValueKind.Boolean
            ? ExpressionValue.FromBoolean(!value.Value.Boolean)
            : Operators.Mismatch("!", value.Value);
    }
}

internal sealed class NegateNode(ExpressionNode operand) : ExpressionNode
{
    protected override Result<ExpressionValue> EvaluateNode(EvaluationScope scope)
    {
        var value = operand.Evaluate(scope);
        if (!value.IsSuccess)
        {
            return value;
        }

        return value.Value.Kind == ExpressionValueKind.Number
            ? ExpressionValue.FromNumber(-value.Value.Number)
            : Operators.Mismatch("-", value.Value);
    }
}

/// <summary><c>&amp;&amp;</c> and <c>||</c>; the right operand is evaluated only when it decides the result.</summary>
internal sealed class LogicalNode(TokenKind kind, ExpressionNode left, ExpressionNode right) : ExpressionNode
{
    protected override Result<ExpressionValue> EvaluateNode(EvaluationScope scope)
    {
        var symbol = kind == TokenKind.And ? "&&" : "||";
        var leftValue = left.Evaluate(scope);
        if (!leftValue.IsSuccess)
        {
            return leftValue;
        }

        if (leftValue.Value.Kind != ExpressionValueKind.Boolean)
        {
            return Operators.Mismatch(symbol, leftValue.Value);
        }

        var decided = kind == TokenKind.And ? !leftValue.Value.Boolean : leftValue.Value.Boolean;
        if (decided)
        {
            return leftValue;
        }

        var rightValue = right.Evaluate(scope);
        if (!rightValue.IsSuccess)
        {
            return rightValue;
        }

        return rightValue.Value.Kind == ExpressionValueKind.Boolean
            ? rightValue
            : Operators.Mismatch(symbol, rightValue.Value);
    }
}

internal sealed class BinaryNode(Token operatorToken, ExpressionNode left, ExpressionNode right) : ExpressionNode
{
    protected override Result<ExpressionValue> EvaluateNode(EvaluationScope scope)
    {
        var leftValue = left.Evaluate(scope);
        if (!leftValue.IsSuccess)
        {
            return leftValue;
        }

        var rightValue = right.Evaluate(scope);
        if (!rightValue.IsSuccess)
        {
            return rightValue;
        }

        return Operators.Apply(operatorToken, leftValue.Value, rightValue.Value);
    }
}
