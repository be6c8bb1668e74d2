using Idocs.Common.Results;
using Idocs.Documents.Flow;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Signing;
using Idocs.Documents.Templates;
using Idocs.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Documents;

/// <summary>Turns a document error into an RFC 9457 problem with the stable error code in <c>code</c>.</summary>
internal static class DocumentProblems
{
    public static ProblemHttpResult From(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: StatusOf(error.Code),
            title: error.Code,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = error.Code });
    }

    public static ProblemHttpResult Unauthenticated() => TypedResults.Problem(
        detail: "Sign in and choose a profile, or send an API token, to act on documents.",
        statusCode: StatusCodes.Status401Unauthorized,
        title: "common.unauthenticated",
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "common.unauthenticated" });

    private static int StatusOf(string code) => code switch
    {
        CommonErrorCodes.NotFound or WorkflowErrorCodes.BookmarkNotFound or LinkAccessErrorCodes.Unknown or LinkAccessErrorCodes.WrongDocument
            or TemplateErrorCodes.TemplateNotFound
            => StatusCodes.Status404NotFound,
        CommonErrorCodes.Forbidden or FlowErrorCodes.NotAllowed or SigningErrorCodes.NotOwnersEmployee or WorkflowErrorCodes.Forbidden
            => StatusCodes.Status403Forbidden,
        CommonErrorCodes.ConcurrencyConflict or WorkflowErrorCodes.Conflict or FlowErrorCodes.TooManyConflicts or FlowErrorCodes.RouteAlreadyRunning
            => StatusCodes.Status409Conflict,
        LinkAccessErrorCodes.Used or LinkAccessErrorCodes.Expired or LinkAccessErrorCodes.Superseded
            => StatusCodes.Status410Gone,
        CommonErrorCodes.InvalidInput or FlowErrorCodes.RouteChoiceInvalid or TemplateErrorCodes.InvalidTemplate
            => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
