using System.Diagnostics.CodeAnalysis;

namespace Idocs.Common.Results;

/// <summary>
/// The outcome of an operation that may fail in an expected way. Bugs and infrastructure faults
/// are exceptions; situations a caller must handle (not found, out of turn, revoked) are results.
/// </summary>
public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result Success() => new(null);

    public static Result Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result(error);
    }

    public static Result Failure(string code, string message) => Failure(new Error(code, message));

    public static implicit operator Result(Error error) => Failure(error);
}
