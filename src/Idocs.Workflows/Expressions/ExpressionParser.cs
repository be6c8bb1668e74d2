using Idocs.Common.Results;

namespace Idocs.Workflows.Expressions;

/// <summary>
/// Recursive-descent parser. Precedence from lowest: <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>,
/// <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>* /</c>, unary <c>! -</c>. Depth is bounded so that
/// hostile input cannot exhaust the stack.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly List<Token> _tokens;
    private readonly int _maxDepth;
    private readonly HashSet<string> _variables = new(StringComparer.Ordinal);
    private int _index;
    private int _depth;

    private ExpressionParser(List<Token> tokens, int maxDepth)
    {
        _tokens = tokens;
        _maxDepth = maxDepth;
    }

    public static Result<(ExpressionNode Root, IReadOnlyCollection<string> Variables)> Parse(
        List<Token> tokens, int maxDepth)
    {
        var parser = new ExpressionParser(tokens, maxDepth);
        var root = parser.ParseOr();
        if (!root.IsSuccess)
        {
            return Result<(ExpressionNode, IReadOnlyCollection<string>)>.Failure(root.Error);
        }

        var last = parser.Current;
        if (last.Kind != TokenKind.End)
        {
            return Result<(ExpressionNode, IReadOnlyCollection<string>)>.Failure(Unexpected(last));
        }

        return (root.Value, parser._variables);
    }

    private Token Current => _tokens[_index];

    private Result<ExpressionNode> ParseOr() =>
        ParseLeftAssociative(ParseAnd, [TokenKind.Or], (op, left, right) => new LogicalNode(op.Kind, left, right));

    private Result<ExpressionNode> ParseAnd() =>
        ParseLeftAssociative(ParseEquality, [TokenKind.And], (op, left, right) => new LogicalNode(op.Kind, left, right));

    private Result<ExpressionNode> ParseEquality() =>
        ParseLeftAssociative(ParseComparison, [TokenKind.Equal, TokenKind.NotEqual], Binary);

    private Result<ExpressionNode> ParseComparison() =>
        ParseLeftAssociative(
            ParseAdditive,
            [TokenKind.Less, TokenKind.LessOrEqual, TokenKind.Greater, TokenKind.GreaterOrEqual],
            Binary);

    private Result<ExpressionNode> ParseAdditive() =>
        ParseLeftAssociative(ParseMultiplicative, [TokenKind.Plus, TokenKind.Minus], Binary);

    private Result<ExpressionNode> ParseMultiplicative() =>
        ParseLeftAssociative(ParseUnary, [TokenKind.Multiply, TokenKind.Divide], Binary);

    private static ExpressionNode Binary(Token op, ExpressionNode left, ExpressionNode right) => new BinaryNode(op, left, right);

    private Result<ExpressionNode> ParseLeftAssociative(
        Func<Result<ExpressionNode>> parseOperand,
        TokenKind[] operators,
        Func<Token, ExpressionNode, ExpressionNode, ExpressionNode> combine)
    {
        var left = parseOperand();
        if (!left.IsSuccess)
        {
            return left;
        }

        var node = left.Value;
        while (operators.Contains(Current.Kind))
        {
            var op = Current;
            _index++;
            var right = Enter(parseOperand);
            if (!right.IsSuccess)
            {
                return right;
            }

            node = combine(op, node, right.Value);
        }

        return node;
    }

    private Result<ExpressionNode> ParseUnary()
    {
        var token = Current;
        if (token.Kind is not (TokenKind.Not or TokenKind.Minus))
        {
            return ParsePrimary();
        }

        _index++;
        var operand = Enter(ParseUnary);
        if (!operand.IsSuccess)
        {
            return operand;
        }

        return token.Kind == TokenKind.Not ? new NotNode(operand.Value) : new NegateNode(operand.Value);
    }

    private Result<ExpressionNode> ParsePrimary()
    {
        var token = Current;
        _index++;
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralNode(ExpressionValue.FromNumber(token.Number));
            case TokenKind.String:
                return new LiteralNode(ExpressionValue.FromString(token.Text));
            case TokenKind.True:
                return new LiteralNode(ExpressionValue.FromBoolean(true));
            case TokenKind.False:
                return new LiteralNode(ExpressionValue.FromBoolean(false));
            case TokenKind.Null:
                return new LiteralNode(ExpressionValue.Null);
            case TokenKind.Identifier:
                _variables.Add(token.Text);
                return new VariableNode(token.Text);
            case TokenKind.OpenParenthesis:
                return ParseParenthesized();
            default:
                _index--;
                return Result<ExpressionNode>.Failure(Unexpected(token));
        }
    }

    private Result<ExpressionNode> ParseParenthesized()
    {
        var inner = Enter(ParseOr);
        if (!inner.IsSuccess)
        {
            return inner;
        }

        if (Current.Kind != TokenKind.CloseParenthesis)
        {
            return Result<ExpressionNode>.Failure(
                ExpressionErrorCodes.SyntaxError, $"Invalid expression at character {Current.Position + 1}: expected ')'.");
        }

        _index++;
        return inner;
    }

    private Result<ExpressionNode> Enter(Func<Result<ExpressionNode>> parse)
    {
        _depth++;
        if (_depth > _maxDepth)
        {
            return Result<ExpressionNode>.Failure(
                ExpressionErrorCodes.TooDeep, $"The expression nests deeper than {_maxDepth} levels.");
        }

        var result = parse();
        _depth--;
        return result;
    }

    private static Error Unexpected(Token token) =>
        token.Kind == TokenKind.End
            ? new Error(ExpressionErrorCodes.SyntaxError, $"Invalid expression at character {token.Position + 1}: unexpected end of expression.")
            : new Error(ExpressionErrorCodes.SyntaxError, $"Invalid expression at character {token.Position + 1}: unexpected '{token.Text}'.");
}
