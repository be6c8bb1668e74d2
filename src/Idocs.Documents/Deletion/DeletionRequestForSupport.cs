using Idocs.Documents.Documents;

namespace Idocs.Documents.Deletion;

/// <summary>A pending deletion request as support reviews it: the request, the owning profile and the document's title and number.</summary>
public sealed record DeletionRequestForSupport(DeletionRequest Request, Guid OwnerProfileId, string DocumentNumber, string DocumentTitle);
