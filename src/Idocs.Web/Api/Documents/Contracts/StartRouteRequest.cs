namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>Either the stages of the route or the id of a published route template, not both.</summary>
public sealed record StartRouteRequest(IReadOnlyList<RouteStageRequest>? Stages, string? TemplateId);
