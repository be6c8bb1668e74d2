using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Documents.Deletion;

/// <summary>
/// Deletion requests. The writes and the profile's reads run inside a document transaction, so a
/// request and the document it deletes are stored together. Support's reads cross profiles.
/// </summary>
public interface IDeletionRequestStore
{
    Task<Result> AddAsync(IDocumentUnitOfWork transaction, Guid ownerProfileId, DeletionRequest request, CancellationToken cancellationToken);

    Task<Result> UpdateAsync(IDocumentUnitOfWork transaction, DeletionRequest request, CancellationToken cancellationToken);

    /// <summary>Finds a request of the current profile.</summary>
    Task<DeletionRequest?> FindAsync(IDocumentUnitOfWork transaction, Guid requestId, CancellationToken cancellationToken);

    /// <summary>Lists the current profile's requests for a document, oldest first.</summary>
    Task<IReadOnlyList<DeletionRequest>> ListForDocumentAsync(IDocumentUnitOfWork transaction, Guid documentId, CancellationToken cancellationToken);

    /// <summary>For support: the profile that owns a request, or null when there is no such request.</summary>
    Task<Guid?> FindOwnerForSupportAsync(Guid requestId, CancellationToken cancellationToken);

    /// <summary>For support: pending requests of every profile, oldest first.</summary>
    Task<IReadOnlyList<DeletionRequestForSupport>> ListPendingForSupportAsync(CancellationToken cancellationToken);
}
