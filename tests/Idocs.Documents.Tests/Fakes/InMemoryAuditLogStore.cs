using Idocs.Documents.Audit;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemoryAuditLogStore(ITenantContext tenant) : IAuditLogStore
{
    private readonly Lock _gate = new();
    private readonly List<AuditEvent> _events = [];

    /// <summary>Every profile's events, for assertions that must see past the tenant filter.</summary>
    public IReadOnlyList<AuditEvent> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        TenantFilter.EnsureWritable(tenant, auditEvent.ProfileId);
        lock (_gate)
        {
            _events.Add(auditEvent);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEvent>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AuditEvent>>(
                _events.Where(auditEvent => TenantFilter.Visible(tenant, auditEvent.ProfileId)).ToList());
        }
    }
}
