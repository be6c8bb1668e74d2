using System.Collections.Concurrent;
using Idocs.Common.Results;
using Idocs.Documents.Passport;

namespace Idocs.Web.Tests.Verification.Stores;

/// <summary>Append-only passport events in memory, unique per (document, sequence).</summary>
public sealed class MemoryPassportStore : IPassportStore
{
    private readonly ConcurrentDictionary<(Guid DocumentId, long Sequence), PassportEvent> _events = new();

    public Task<Result> AppendAsync(PassportEvent passportEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passportEvent);
        return Task.FromResult(_events.TryAdd((passportEvent.DocumentId, passportEvent.Sequence), passportEvent)
            ? Result.Success()
            : Result.Failure(CommonErrorCodes.ConcurrencyConflict, $"Passport event {passportEvent.Sequence} already exists."));
    }

    public Task<IReadOnlyList<PassportEvent>> ListAsync(Guid documentId, CancellationToken cancellationToken)
    {
        IReadOnlyList<PassportEvent> events = [.. _events.Values.Where(item => item.DocumentId == documentId).OrderBy(item => item.Sequence)];
        return Task.FromResult(events);
    }
}
