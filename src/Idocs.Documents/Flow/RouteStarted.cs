using Idocs.Documents.Statuses;

namespace Idocs.Documents.Flow;

/// <summary>The started route instance and the document's status after the route reached its first wait.</summary>
public sealed record RouteStarted(Guid DocumentId, Guid RouteInstanceId, string DefinitionId, int DefinitionVersion, DocumentStatus Status);
