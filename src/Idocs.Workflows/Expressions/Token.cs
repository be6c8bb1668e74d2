namespace Idocs.Workflows.Expressions;

/// <summary>A lexical token with its start position (0-based character index) for error messages.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position, decimal Number = 0);
