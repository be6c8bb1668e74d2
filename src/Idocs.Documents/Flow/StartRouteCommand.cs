using Idocs.Documents.Routes;

namespace Idocs.Documents.Flow;

/// <summary>
/// Starts a document's route, either from the stages the author picked or from a published route
/// template (a file in <c>workflows/</c> or a designer definition); exactly one of the two is given.
/// </summary>
public sealed record StartRouteCommand(
    Guid DocumentId,
    Guid EmployeeId,
    IReadOnlyList<RouteStage>? Stages,
    string? TemplateId,
    string? IpAddress);
