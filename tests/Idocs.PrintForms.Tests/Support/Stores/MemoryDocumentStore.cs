using System.Collections.Concurrent;
using Idocs.Common.Results;
using Idocs.Documents.Documents;

namespace Idocs.PrintForms.Tests.Support.Stores;

/// <summary>Documents as snapshots in memory, with the version check a database store makes.</summary>
public sealed class MemoryDocumentStore : IDocumentStore
{
    private readonly ConcurrentDictionary<Guid, DocumentSnapshot> _rows = new();

    public IEnumerable<DocumentSnapshot> All => _rows.Values;

    public Task<Result> AddAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Task.FromResult(_rows.TryAdd(document.Id, document.ToSnapshot())
            ? Result.Success()
            : Result.Failure(CommonErrorCodes.InvalidInput, $"Document {document.Id} already exists."));
    }

    public Task<Result<int>> UpdateAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var snapshot = document.ToSnapshot();
        if (!_rows.TryGetValue(document.Id, out var stored) || stored.Version != snapshot.Version)
        {
            return Task.FromResult(Result<int>.Failure(CommonErrorCodes.ConcurrencyConflict, $"Document {document.Id} changed since it was loaded."));
        }

        _rows[document.Id] = snapshot with { Version = snapshot.Version + 1 };
        return Task.FromResult(Result<int>.Success(snapshot.Version + 1));
    }

    public Task<Document?> FindAsync(Guid documentId, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.TryGetValue(documentId, out var snapshot) ? Document.Restore(snapshot) : null);
}
