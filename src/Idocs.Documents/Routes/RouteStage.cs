namespace Idocs.Documents.Routes;

/// <summary>
/// One stage of a document route: approvers or signers who act in parallel within the stage.
/// Stages run one after another.
/// </summary>
public sealed record RouteStage(RouteStepKind Kind, IReadOnlyList<Guid> EmployeeIds, RouteCompletion Completion = RouteCompletion.AllOf);
