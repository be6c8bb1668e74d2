using Idocs.Common.Results;

namespace Idocs.Documents.Passport;

/// <summary>
/// Append-only storage of passport events. (DocumentId, Sequence) is unique: a second event with
/// the same number returns <c>common.concurrency_conflict</c>, which means another change of the
/// same document committed first. There is no update or delete.
/// </summary>
public interface IPassportStore
{
    Task<Result> AppendAsync(PassportEvent passportEvent, CancellationToken cancellationToken);

    /// <summary>Returns the events of a document ordered by sequence number.</summary>
    Task<IReadOnlyList<PassportEvent>> ListAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the document's event count and last hash, or null before the first event. A store
    /// that keeps the head apart from the events (so that removing the newest events shows)
    /// overrides this; the default derives it from <see cref="ListAsync"/>.
    /// </summary>
    async Task<PassportHead?> FindHeadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var events = await ListAsync(documentId, cancellationToken);
        return events.Count == 0 ? null : new PassportHead(events.Count, events[^1].Hash);
    }
}
