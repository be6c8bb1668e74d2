using Idocs.Common.Results;

namespace Idocs.Workflows.Expressions;

/// <summary>Semantics of the binary operators: no implicit conversions between kinds.</summary>
internal static class Operators
{
    public static Result<ExpressionValue> Apply(Token operatorToken, ExpressionValue left, ExpressionValue right)
    {
        return operatorToken.Kind switch
        {
            TokenKind.Equal => ExpressionValue.FromBoolean(AreEqual(left, right)),
            TokenKind.NotEqual => ExpressionValue.FromBoolean(!AreEqual(left, right)),
            TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual =>
                Compare(operatorToken, left, right),
            TokenKind.Plus when left.Kind == ExpressionValueKind.Text && right.Kind == ExpressionValueKind.Text =>
                ExpressionValue.FromString(left.Text + right.Text),
            _ => Arithmetic(operatorToken, left, right),
        };
    }

    public static Result<ExpressionValue> Mismatch(string symbol, ExpressionValue operand) =>
        Result<ExpressionValue>.Failure(
            ExpressionErrorCodes.TypeMismatch, $"Operator '{symbol}' cannot be applied to {operand.Kind.ToString().ToLowerInvariant()} {operand}.");

    private static bool AreEqual(ExpressionValue left, ExpressionValue right) =>
        left.Kind == right.Kind && left.Kind switch
        {
            ExpressionValueKind.Number => left.Number == right.Number,
            ExpressionValueKind.Text => string.Equals(left.Text, right.Text, StringComparison.Ordinal),
            ExpressionValueKind.Boolean => left.Boolean == right.Boolean,
            _ => true,
        };

    private static Result<ExpressionValue> Compare(Token operatorToken, ExpressionValue left, ExpressionValue right)
    {
        int order;
        if (left.Kind == ExpressionValueKind.Number && right.Kind == ExpressionValueKind.Number)
        {
            order = left.Number.CompareTo(right.Number);
        }
        else if (left.Kind == ExpressionValueKind.Text && right.Kind == ExpressionValueKind.Text)
        {
            order = string.CompareOrdinal(left.Text, right.Text);
        }
        else
        {
            return Result<ExpressionValue>.Failure(
                ExpressionErrorCodes.TypeMismatch,
                $"Operator '{operatorToken.Text}' compares two numbers or two strings, not {left} and {right}.");
        }

        var result = operatorToken.Kind switch
        {
            TokenKind.Less => order < 0,
            TokenKind.LessOrEqual => order <= 0,
            TokenKind.Greater => order > 0,
            _ => order >= 0,
        };
        return ExpressionValue.FromBoolean(result);
    }

    private static Result<ExpressionValue> Arithmetic(Token operatorToken, ExpressionValue left, ExpressionValue right)
    {
        if (left.Kind != ExpressionValueKind.Number || right.Kind != ExpressionValueKind.Number)
        {
            return Result<ExpressionValue>.Failure(
                ExpressionErrorCodes.TypeMismatch,
                $"Operator '{operatorToken.Text}' needs two numbers (or two strings for '+'), not {left} and {right}.");
        }

        if (operatorToken.Kind == TokenKind.Divide && right.Number == 0)
        {
            return Result<ExpressionValue>.Failure(
                ExpressionErrorCodes.DivisionByZero, $"Division by zero at character {operatorToken.Position + 1}.");
        }

        try
        {
            var value = operatorToken.Kind switch
            {
                TokenKind.Plus => left.Number + right.Number,
                TokenKind.Minus => left.Number - right.Number,
                TokenKind.Multiply => left.Number * right.Number,
                _ => left.Number / right.Number,
            };
            return ExpressionValue.FromNumber(value);
        }
        catch (OverflowException)
        {
            return Result<ExpressionValue>.Failure(
                ExpressionErrorCodes.Overflow, $"The result of '{operatorToken.Text}' on {left} and {right} is out of range.");
        }
    }
}
