namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>One signature of a mass signing.</summary>
public sealed record MassSignItemRequest(Guid DocumentId, string FileSha256, string Signature);
