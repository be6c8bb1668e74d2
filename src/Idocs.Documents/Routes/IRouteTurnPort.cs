namespace Idocs.Documents.Routes;

/// <summary>
/// Tells whether the route of a document waits for this employee at an approve or sign step now.
/// The route engine implements it from its open Approve and Sign bookmarks.
/// </summary>
public interface IRouteTurnPort
{
    Task<bool> IsInTurnAsync(Guid documentId, Guid employeeId, RouteStepKind step, CancellationToken cancellationToken);
}
