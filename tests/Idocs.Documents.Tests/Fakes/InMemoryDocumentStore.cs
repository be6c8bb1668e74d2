using Idocs.Common.Results;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>
/// Keeps snapshots, not live objects, and enforces what the database does: unique id, unique
/// number per owner and kind, and optimistic concurrency on the version.
/// </summary>
public sealed class InMemoryDocumentStore : IDocumentStore
{
    private readonly Dictionary<Guid, DocumentSnapshot> _rows = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

    public Task<Result> AddAsync(Document document, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var snapshot = document.ToSnapshot();
            if (_rows.ContainsKey(snapshot.Id))
            {
                return Task.FromResult(Result.Failure(CommonErrorCodes.InvalidInput, $"Document {snapshot.Id} already exists."));
            }

            var numberTaken = _rows.Values.Any(row =>
                row.OwnerProfileId == snapshot.OwnerProfileId && row.Kind == snapshot.Kind && row.Number == snapshot.Number);
            if (numberTaken)
            {
                return Task.FromResult(Result.Failure(CommonErrorCodes.InvalidInput, $"Number {snapshot.Number} is already used."));
            }

            _rows[snapshot.Id] = snapshot with { Version = 1 };
            return Task.FromResult(Result.Success());
        }
    }

    public Task<Result<int>> UpdateAsync(Document document, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var snapshot = document.ToSnapshot();
            if (!_rows.TryGetValue(snapshot.Id, out var stored))
            {
                return Task.FromResult(Result<int>.Failure(CommonErrorCodes.NotFound, $"Document {snapshot.Id} does not exist."));
            }

            if (stored.Version != snapshot.Version)
            {
                return Task.FromResult(Result<int>.Failure(
                    CommonErrorCodes.ConcurrencyConflict,
                    $"Document {snapshot.Id} is at version {stored.Version}, not {snapshot.Version}."));
            }

            var next = stored.Version + 1;
            _rows[snapshot.Id] = snapshot with { Version = next };
            return Task.FromResult(Result<int>.Success(next));
        }
    }

    public Task<Document?> FindAsync(Guid documentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(documentId, out var snapshot) ? Document.Restore(snapshot) : null);
        }
    }
}
