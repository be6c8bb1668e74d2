namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>The documents to approve in one action.</summary>
public sealed record MassApproveRequest(IReadOnlyList<Guid> DocumentIds);
