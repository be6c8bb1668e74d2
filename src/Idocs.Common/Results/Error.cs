namespace Idocs.Common.Results;

/// <summary>
/// An expected failure: a stable machine-readable code from one of the <c>*ErrorCodes</c> classes
/// and an English message for logs and API clients. User-facing text is looked up by the code.
/// </summary>
/// <param name="Code">Stable code, for example <c>storage.unique_violation</c>.</param>
/// <param name="Message">What failed, on which value, and what to do next.</param>
public sealed record Error(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
