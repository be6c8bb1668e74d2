using Microsoft.AspNetCore.Http.HttpResults;
using Idocs.Common.Results;
using Idocs.Documents;

namespace Idocs.Web.Security;

/// <summary>
/// RFC 9457 problem details for expected failures, with the stable error code in the <c>code</c>
/// extension member. The status follows from the code.
/// </summary>
public static class Problems
{
    public const string CodeExtension = "code";

    public static ProblemHttpResult From(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Create(StatusOf(error.Code), error.Code, error.Message);
    }

    public static ProblemHttpResult Create(int status, string code, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: code,
            extensions: new Dictionary<string, object?> { [CodeExtension] = code });

    /// <summary>Writes a problem to a response outside an endpoint (authentication challenges, filters).</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Create(status, code, detail).ExecuteAsync(context);
    }

    public static int StatusOf(string code) => code switch
    {
        CommonErrorCodes.NotFound => StatusCodes.Status404NotFound,
        CommonErrorCodes.ConcurrencyConflict => StatusCodes.Status409Conflict,
        CommonErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        AccountsErrorCodes.SessionNotFound or AccountsErrorCodes.SessionExpired or AccountsErrorCodes.SessionRevoked
            or AccountsErrorCodes.EmployeeBlocked or AccountsErrorCodes.NotActiveMember
            or SecurityErrorCodes.NotAuthenticated => StatusCodes.Status401Unauthorized,
        AccountsErrorCodes.RightMissing or AccountsErrorCodes.RoleRequired or AccountsErrorCodes.ActorOutranked
            or AccountsErrorCodes.CannotBlockDirector or AccountsErrorCodes.CannotBlockSelf
            or AccountsErrorCodes.DirectorRoleNotAssignable or AccountsErrorCodes.RightNotGrantable
            or AccountsErrorCodes.NoProfileSelected or AccountsErrorCodes.ProfileNotAvailable
            or AccountsErrorCodes.NoProfileForPerson or AccountsErrorCodes.NoActiveMembership
            or SecurityErrorCodes.Forbidden or SecurityErrorCodes.NotSupportAgent => StatusCodes.Status403Forbidden,
        AccountsErrorCodes.ProfileAlreadyRegistered or AccountsErrorCodes.EmployeeAlreadyInvited
            or AccountsErrorCodes.DirectorChangeAlreadyPending or AccountsErrorCodes.DirectorChangeAlreadyReviewed
            or AccountsErrorCodes.EmployeeAlreadyBlocked or AccountsErrorCodes.EmployeeNotBlocked => StatusCodes.Status409Conflict,

        // The check could not run now; the client retries later, so this is not a client error.
        AccountsErrorCodes.CertificateRevocationUnknown => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}
