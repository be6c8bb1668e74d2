namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>The result of a mass action for one document.</summary>
public sealed record MassActionItemResponse(Guid DocumentId, string? Status, string? ErrorCode, string? ErrorMessage);
