namespace Idocs.Workflows.Expressions;

public enum ExpressionValueKind
{
    Null,
    Number,
    Text,
    Boolean,
}
