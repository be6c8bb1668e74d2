using System.Globalization;
using System.Text;
using Idocs.Common.Results;

namespace Idocs.Workflows.Expressions;

/// <summary>Splits expression text into tokens; the text is untrusted, so every failure is a result.</summary>
internal static class ExpressionTokenizer
{
    public static Result<List<Token>> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (position < text.Length)
        {
            var current = text[position];
            if (char.IsWhiteSpace(current))
            {
                position++;
                continue;
            }

            var token = ReadToken(text, position);
            if (!token.IsSuccess)
            {
                return Result<List<Token>>.Failure(token.Error);
            }

            tokens.Add(token.Value.Token);
            position = token.Value.Next;
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static Result<(Token Token, int Next)> ReadToken(string text, int position)
    {
        var current = text[position];
        if (char.IsAsciiDigit(current))
        {
            return ReadNumber(text, position);
        }

        if (current is '"' or '\'')
        {
            return ReadString(text, position);
        }

        if (char.IsAsciiLetter(current) || current == '_')
        {
            return ReadIdentifier(text, position);
        }

        return ReadOperator(text, position);
    }

    private static Result<(Token, int)> ReadNumber(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        var literal = text[start..end];
        if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return Failure(start, $"number '{literal}' is out of range");
        }

        return (new Token(TokenKind.Number, literal, start, number), end);
    }

    private static Result<(Token, int)> ReadString(string text, int start)
    {
        var quote = text[start];
        var builder = new StringBuilder();
        var position = start + 1;
        while (position < text.Length)
        {
            var current = text[position];
            if (current == quote)
            {
                return (new Token(TokenKind.String, builder.ToString(), start), position + 1);
            }

            if (current == '\\')
            {
                if (position + 1 >= text.Length)
                {
                    break;
                }

                var escaped = text[position + 1];
                switch (escaped)
                {
                    case '\\' or '"' or '\'':
                        builder.Append(escaped);
                        break;
                    case 'n':
                        builder.Append('\n');
                        break;
                    case 't':
                        builder.Append('\t');
                        break;
                    default:
                        return Failure(position, $"unknown escape '\\{escaped}'; use \\\\, \\\", \\', \\n or \\t");
                }

                position += 2;
                continue;
            }

            builder.Append(current);
            position++;
        }

        return Failure(start, "string literal is not closed");
    }

    private static Result<(Token, int)> ReadIdentifier(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
        {
            end++;
        }

        var name = text[start..end];
        if (name.EndsWith('.') || name.Contains("..", StringComparison.Ordinal))
        {
            return Failure(start, $"'{name}' is not a valid variable name");
        }

        var kind = name switch
        {
            "true" => TokenKind.True,
            "false" => TokenKind.False,
            "null" => TokenKind.Null,
            _ => TokenKind.Identifier,
        };
        return (new Token(kind, name, start), end);
    }

    private static Result<(Token, int)> ReadOperator(string text, int start)
    {
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        (TokenKind Kind, int Length)? match = (text[start], next) switch
        {
            ('&', '&') => (TokenKind.And, 2),
            ('|', '|') => (TokenKind.Or, 2),
            ('=', '=') => (TokenKind.Equal, 2),
            ('!', '=') => (TokenKind.NotEqual, 2),
            ('<', '=') => (TokenKind.LessOrEqual, 2),
            ('>', '=') => (TokenKind.GreaterOrEqual, 2),
            ('!', _) => (TokenKind.Not, 1),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Multiply, 1),
            ('/', _) => (TokenKind.Divide, 1),
            ('(', _) => (TokenKind.OpenParenthesis, 1),
            (')', _) => (TokenKind.CloseParenthesis, 1),
            _ => null,
        };

        if (match is null)
        {
            return Failure(start, $"unexpected character '{text[start]}'");
        }

        var (kind, length) = match.Value;
        return (new Token(kind, text.Substring(start, length), start), start + length);
    }

    private static Result<(Token, int)> Failure(int position, string problem) =>
        Result<(Token, int)>.Failure(
            ExpressionErrorCodes.SyntaxError, $"Invalid expression at character {position + 1}: {problem}.");
}
