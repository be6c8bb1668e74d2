namespace Idocs.Documents.Documents;

/// <summary>
/// Finds which profile owns a document regardless of the current tenant. Flows without a session
/// in that profile use it and then enter the owner's profile explicitly with
/// <see cref="Tenancy.ITenantContext.EnterProfile"/>: a counterparty opening a link, and
/// background work such as dispatch and reminders.
/// </summary>
public interface IDocumentOwnerLookup
{
    /// <summary>Returns the owner profile id, or null when no document has this id.</summary>
    Task<Guid?> FindOwnerProfileIdAsync(Guid documentId, CancellationToken cancellationToken);
}
