using System.Text.Json;
using Idocs.Common.Results;

namespace Idocs.Workflows.Expressions;

/// <summary>
/// A parsed condition or value expression over instance variables, for example
/// <c>amount &gt; 1000000 &amp;&amp; currency == "KZT"</c>. The evaluator is a sandbox. It supports only
/// literals, variables and operators, performs no reflection or I/O, and bounds input length, nesting
/// and evaluation steps. Every failure is a result.
/// </summary>
public sealed class CompiledExpression
{
    private readonly ExpressionNode _root;
    private readonly ExpressionLimits _limits;

    private CompiledExpression(string text, ExpressionNode root, IReadOnlyCollection<string> variables, ExpressionLimits limits)
    {
        Text = text;
        _root = root;
        Variables = variables;
        _limits = limits;
    }

    public string Text { get; }

    /// <summary>Names of the variables the expression reads.</summary>
    public IReadOnlyCollection<string> Variables { get; }

    public static Result<CompiledExpression> Parse(string text, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= ExpressionLimits.Default;
        if (text.Length > limits.MaxLength)
        {
            return Result<CompiledExpression>.Failure(
                ExpressionErrorCodes.TooLong, $"The expression has {text.Length} characters; the limit is {limits.MaxLength}.");
        }

        var tokens = ExpressionTokenizer.Tokenize(text);
        if (!tokens.IsSuccess)
        {
            return Result<CompiledExpression>.Failure(tokens.Error);
        }

        var parsed = ExpressionParser.Parse(tokens.Value, limits.MaxDepth);
        if (!parsed.IsSuccess)
        {
            return Result<CompiledExpression>.Failure(parsed.Error);
        }

        return new CompiledExpression(text, parsed.Value.Root, parsed.Value.Variables, limits);
    }

    public Result<ExpressionValue> Evaluate(IReadOnlyDictionary<string, JsonElement> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return _root.Evaluate(new EvaluationScope(variables, _limits.MaxSteps));
    }

    /// <summary>Evaluates a condition; a non-boolean result is a type mismatch error.</summary>
    public Result<bool> EvaluateCondition(IReadOnlyDictionary<string, JsonElement> variables)
    {
        var value = Evaluate(variables);
        if (!value.IsSuccess)
        {
            return Result<bool>.Failure(value.Error);
        }

        if (value.Value.Kind != ExpressionValueKind.Boolean)
        {
            return Result<bool>.Failure(
                ExpressionErrorCodes.TypeMismatch, $"Condition '{Text}' evaluated to {value.Value}, not to true or false.");
        }

        return value.Value.Boolean;
    }
}
