namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>The started route: instance, definition and version, and the document's status.</summary>
public sealed record RouteStartedResponse(Guid DocumentId, Guid RouteInstanceId, string DefinitionId, int DefinitionVersion, string Status);
