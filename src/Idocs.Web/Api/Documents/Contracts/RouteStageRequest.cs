namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>One stage: <c>approve</c> or <c>sign</c>, the employees who act in parallel, and <c>all-of</c> (default) or <c>any-of</c>.</summary>
public sealed record RouteStageRequest(string Kind, IReadOnlyList<Guid> EmployeeIds, string? Completion);
