using Idocs.Common.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Problems;

/// <summary>
/// Turns an expected failure into an RFC 9457 problem details response. Every endpoint of
/// <c>/api/v1</c> reports errors through this class, so clients can rely on the <c>code</c>
/// extension member: it is the stable <see cref="Error.Code"/>, while <c>detail</c> is the English
/// message and may change.
/// </summary>
public static class ApiResults
{
    /// <summary>The extension member that carries the stable error code.</summary>
    public const string CodeExtension = "code";

    /// <summary>Returns the problem for <paramref name="error"/> with the status its code maps to.</summary>
    public static ProblemHttpResult From(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);

        return Problem(ErrorStatusCodes.For(error.Code), error.Code, error.Message);
    }

    /// <summary>Returns the problem for a failed <paramref name="result"/>; a success is a caller's bug.</summary>
    public static ProblemHttpResult From(Result result) =>
        result.IsSuccess
            ? throw new ArgumentException("A successful result has no problem to report.", nameof(result))
            : From(result.Error);

    /// <inheritdoc cref="From(Result)"/>
    public static ProblemHttpResult From<T>(Result<T> result) =>
        result.IsSuccess
            ? throw new ArgumentException("A successful result has no problem to report.", nameof(result))
            : From(result.Error);

    /// <summary>Returns a problem with an explicit status, for failures found by the web layer itself.</summary>
    public static ProblemHttpResult Problem(int status, string code, string detail)
    {
        ArgumentNullException.ThrowIfNull(code);

        return TypedResults.Problem(
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { [CodeExtension] = code });
    }
}
