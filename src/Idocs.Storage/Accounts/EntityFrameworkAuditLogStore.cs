using Idocs.Documents.Audit;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

public sealed class EntityFrameworkAuditLogStore(IdocsDbContext dbContext, TimeProvider clock) : IAuditLogStore
{
    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var entry = dbContext.Add(auditEvent);
        entry.Property(AuditEventConfiguration.RecordedAtProperty).CurrentValue = clock.GetUtcNow();
        await dbContext.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEvent>> ListAsync(CancellationToken cancellationToken) =>
        (await dbContext.Set<AuditEvent>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(auditEvent => auditEvent.OccurredAt)
            .ThenBy(auditEvent => auditEvent.Id)
            .ToList();
}
