using Idocs.Documents.Routes;

namespace Idocs.Web.Components.Pages.Documents;

/// <summary>One stage of the route being edited: who acts in parallel, and whether all or any of them must act.</summary>
public sealed class RouteStageDraft
{
    public RouteStepKind Kind { get; set; } = RouteStepKind.Approve;

    public RouteCompletion Completion { get; set; } = RouteCompletion.AllOf;

    public IReadOnlyCollection<Guid> EmployeeIds { get; set; } = [];

    /// <summary>The request body form of the stage for <c>POST /documents/{id}/route</c>.</summary>
    public object ToRequest() => new
    {
        kind = Kind == RouteStepKind.Sign ? "sign" : "approve",
        employeeIds = EmployeeIds.ToArray(),
        completion = Completion == RouteCompletion.AnyOf ? "any-of" : "all-of",
    };
}
