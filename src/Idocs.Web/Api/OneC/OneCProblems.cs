using Idocs.Common.Results;
using Idocs.Documents.Integrations.OneC;
using Idocs.Web.Api.Documents;
using Idocs.Web.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.OneC;

/// <summary>Turns 1C and document errors into problem details with the stable code in <c>code</c>.</summary>
internal static class OneCProblems
{
    public static ProblemHttpResult From(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        int? status = error.Code switch
        {
            OneCErrorCodes.DocumentNotFound => StatusCodes.Status404NotFound,
            OneCErrorCodes.DuplicateOneCId => StatusCodes.Status409Conflict,
            OneCErrorCodes.InvalidOneCId or OneCErrorCodes.UnknownType or OneCErrorCodes.InvalidCursor or OneCErrorCodes.IdempotencyKeyRequired
                => StatusCodes.Status400BadRequest,
            OneCErrorCodes.NotLoadable => StatusCodes.Status422UnprocessableEntity,
            _ => null,
        };
        return status is { } known ? ApiResults.Problem(known, error.Code, error.Message) : DocumentProblems.From(error);
    }

    public static ProblemHttpResult NotFound(string oneCId) =>
        From(new Error(OneCErrorCodes.DocumentNotFound, $"The company has no document with 1C id '{oneCId}'; upload it first."));
}
