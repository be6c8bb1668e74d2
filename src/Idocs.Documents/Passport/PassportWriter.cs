using Idocs.Common.Results;

namespace Idocs.Documents.Passport;

/// <summary>
/// The one way to add passport events: it chains the entry to the document's last event and
/// appends it. Callers run it in the transaction that changes the document.
/// </summary>
public sealed class PassportWriter(IPassportStore store)
{
    public async Task<Result<PassportEvent>> WriteAsync(Guid documentId, PassportEntry entry, CancellationToken cancellationToken)
    {
        var events = await store.ListAsync(documentId, cancellationToken);
        var next = PassportChain.Append(documentId, events.Count == 0 ? null : events[^1], entry);
        var appended = await store.AppendAsync(next, cancellationToken);
        return appended.IsSuccess ? next : appended.Error;
    }
}
