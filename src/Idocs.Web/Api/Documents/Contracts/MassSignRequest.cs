namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>Every signature of a mass signing in one request: one item per document file.</summary>
public sealed record MassSignRequest(IReadOnlyList<MassSignItemRequest> Items);
