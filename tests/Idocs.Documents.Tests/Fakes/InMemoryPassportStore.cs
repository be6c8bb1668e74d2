using Idocs.Common.Results;
using Idocs.Documents.Passport;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Append-only events with a unique (document, sequence) key, as the passport table has.</summary>
public sealed class InMemoryPassportStore : IPassportStore
{
    private readonly List<PassportEvent> _events = [];
    private readonly Lock _gate = new();

    public Task<Result> AppendAsync(PassportEvent passportEvent, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_events.Any(e => e.DocumentId == passportEvent.DocumentId && e.Sequence == passportEvent.Sequence))
            {
                return Task.FromResult(Result.Failure(
                    CommonErrorCodes.ConcurrencyConflict,
                    $"Passport event {passportEvent.Sequence} of document {passportEvent.DocumentId} already exists."));
            }

            _events.Add(passportEvent);
            return Task.FromResult(Result.Success());
        }
    }

    public Task<IReadOnlyList<PassportEvent>> ListAsync(Guid documentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PassportEvent> events = [.. _events.Where(e => e.DocumentId == documentId).OrderBy(e => e.Sequence)];
            return Task.FromResult(events);
        }
    }
}
