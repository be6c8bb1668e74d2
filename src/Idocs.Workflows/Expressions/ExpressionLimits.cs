namespace Idocs.Workflows.Expressions;

/// <summary>
/// Bounds that keep an expression from definitions written by customers cheap to parse and to run.
/// </summary>
public sealed record ExpressionLimits
{
    public static ExpressionLimits Default { get; } = new();

    /// <summary>Maximum expression length in characters.</summary>
    public int MaxLength { get; init; } = 1000;

    /// <summary>Maximum nesting of parentheses and operators in the parse tree.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Maximum number of nodes one evaluation may visit.</summary>
    public int MaxSteps { get; init; } = 2000;
}
