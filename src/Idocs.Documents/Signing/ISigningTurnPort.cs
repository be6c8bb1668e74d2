namespace Idocs.Documents.Signing;

/// <summary>
/// Whether the route of a document waits for this employee's signature now; the route engine
/// implements it from its open Sign bookmarks.
/// </summary>
public interface ISigningTurnPort
{
    Task<bool> IsInTurnAsync(Guid documentId, Guid employeeId, CancellationToken cancellationToken);
}
