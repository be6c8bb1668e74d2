namespace Idocs.Workflows.Expressions;

internal enum TokenKind
{
    Number,
    String,
    Identifier,
    True,
    False,
    Null,
    And,
    Or,
    Not,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    Multiply,
    Divide,
    OpenParenthesis,
    CloseParenthesis,
    End,
}
