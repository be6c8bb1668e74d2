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
}
