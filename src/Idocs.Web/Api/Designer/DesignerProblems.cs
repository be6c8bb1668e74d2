using Idocs.Common.Results;
using Idocs.Documents;
using Idocs.Workflows;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Validation;
using Idocs.Web.Designer;

namespace Idocs.Web.Api.Designer;

/// <summary>Turns designer errors into RFC 9457 problem details with the stable code in <c>code</c>.</summary>
internal static class DesignerProblems
{
    public static IResult From(Error error, IReadOnlyList<ValidationProblem>? problems = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = error.Code };
        if (problems is { Count: > 0 })
        {
            extensions["problems"] = problems.Select(problem => new { problem.Code, problem.ActivityId, problem.Message }).ToList();
        }

        return Results.Problem(detail: error.Message, statusCode: StatusOf(error.Code), title: error.Code, extensions: extensions);
    }

    private static int StatusOf(string code) => code switch
    {
        DesignerAccessErrorCodes.NotSignedIn => StatusCodes.Status401Unauthorized,
        AccountsErrorCodes.RightMissing or AccountsErrorCodes.EmployeeBlocked or AccountsErrorCodes.NotActiveMember
            or AccountsErrorCodes.NoProfileSelected => StatusCodes.Status403Forbidden,
        DesignerErrorCodes.DraftNotFound or DesignerErrorCodes.DefinitionNotVisible or WorkflowErrorCodes.DefinitionNotFound => StatusCodes.Status404NotFound,
        DesignerErrorCodes.DraftChanged or DesignerErrorCodes.DefinitionIdTaken or DesignerErrorCodes.DraftArchived
            or DesignerErrorCodes.DefinitionArchived or WorkflowErrorCodes.DefinitionReadOnly or WorkflowErrorCodes.Conflict => StatusCodes.Status409Conflict,
        WorkflowErrorCodes.InvalidDefinition => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };
}
