namespace Idocs.Documents.Audit;

/// <summary>
/// The audit log table: insert and read only. Reads see the current profile of
/// <see cref="Tenancy.ITenantContext"/> only.
/// </summary>
public interface IAuditLogStore
{
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>Returns the current profile's events, oldest first.</summary>
    Task<IReadOnlyList<AuditEvent>> ListAsync(CancellationToken cancellationToken);
}
