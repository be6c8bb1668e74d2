namespace Idocs.Workflows.Expressions;

/// <summary>Stable codes of expression parse and evaluation failures.</summary>
public static class ExpressionErrorCodes
{
    /// <summary>The expression is longer than <see cref="ExpressionLimits.MaxLength"/> characters.</summary>
    public const string TooLong = "expressions.too_long";

    /// <summary>The text is not a valid expression; the message gives the character position.</summary>
    public const string SyntaxError = "expressions.syntax_error";

    /// <summary>Parentheses or unary operators nest deeper than <see cref="ExpressionLimits.MaxDepth"/>.</summary>
    public const string TooDeep = "expressions.too_deep";

    /// <summary>Evaluation visited more nodes than <see cref="ExpressionLimits.MaxSteps"/>.</summary>
    public const string StepLimitExceeded = "expressions.step_limit_exceeded";

    /// <summary>The expression names a variable the instance does not have.</summary>
    public const string UnknownVariable = "expressions.unknown_variable";

    /// <summary>A variable contains a JSON object or array, which expressions cannot use.</summary>
    public const string UnsupportedValue = "expressions.unsupported_value";

    /// <summary>An operator got operands of the wrong kind, for example <c>"a" &gt; 1</c> or <c>!5</c>.</summary>
    public const string TypeMismatch = "expressions.type_mismatch";

    public const string DivisionByZero = "expressions.division_by_zero";

    /// <summary>An arithmetic result does not fit in a decimal.</summary>
    public const string Overflow = "expressions.overflow";
}
