using Idocs.Common.Results;

namespace Idocs.Documents.Documents;

/// <summary>
/// Persists documents. Implementations enforce a unique id and a unique number per owner and kind
/// (<see cref="DocumentErrorCodes"/> has no code for that: a clash returns
/// <c>common.invalid_input</c> naming the number), except for incoming copies, which keep the
/// sender's number and so may repeat across senders, and optimistic concurrency: an update succeeds only
/// when the stored version equals the document's <see cref="Document.Version"/>, otherwise it returns
/// <c>common.concurrency_conflict</c> and stores nothing.
/// </summary>
public interface IDocumentStore
{
    Task<Result> AddAsync(Document document, CancellationToken cancellationToken);

    /// <summary>Stores the document and returns the new version; the instance passed in is stale afterwards.</summary>
    Task<Result<int>> UpdateAsync(Document document, CancellationToken cancellationToken);

    /// <summary>Loads a document, including a deleted one; returns null when the id is unknown.</summary>
    Task<Document?> FindAsync(Guid documentId, CancellationToken cancellationToken);
}
