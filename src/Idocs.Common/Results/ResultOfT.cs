using System.Diagnostics.CodeAnalysis;

namespace Idocs.Common.Results;

/// <summary>
/// The outcome of an operation that returns a value on success or an <see cref="Results.Error"/>.
/// </summary>
public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value; meaningful only when <see cref="IsSuccess"/> is true.</summary>
    public T? Value { get; }

    public Error? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result<T>(default, error);
    }

    public static Result<T> Failure(string code, string message) => Failure(new Error(code, message));

    /// <summary>Drops the value, keeping success or the error.</summary>
    public Result ToResult() => IsSuccess ? Result.Success() : Result.Failure(Error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
