using Idocs.Documents.Documents;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>The one documents query that crosses profiles on purpose: it returns only the owner's id.</summary>
public sealed class EntityFrameworkDocumentOwnerLookup(IdocsDbContext dbContext) : IDocumentOwnerLookup
{
    public Task<Guid?> FindOwnerProfileIdAsync(Guid documentId, CancellationToken cancellationToken) =>
        dbContext.Set<DocumentRow>().AsNoTracking()
            .IgnoreQueryFilters([TenantQueryFilter.FilterName])
            .Where(row => row.Id == documentId)
            .Select(row => (Guid?)row.OwnerProfileId)
            .FirstOrDefaultAsync(cancellationToken);
}
