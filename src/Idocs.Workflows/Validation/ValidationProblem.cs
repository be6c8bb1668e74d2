namespace Idocs.Workflows.Validation;

/// <summary>One problem of a definition: a stable code, the activity it concerns (null for the whole definition) and a message.</summary>
public sealed record ValidationProblem(string Code, string? ActivityId, string Message)
{
    public override string ToString() => ActivityId is null ? $"{Code}: {Message}" : $"{Code} at '{ActivityId}': {Message}";
}
