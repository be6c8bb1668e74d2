using System.Runtime.CompilerServices;
using Idocs.PrintForms.Archives.Bulk;
using Idocs.Storage.Documents;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Exports;

/// <summary>
/// Lists a profile's documents for its bulk export. The worker has no session, so the query names
/// the profile itself instead of relying on the tenant filter.
/// </summary>
public sealed class EntityFrameworkCompanyDocumentLister(IdocsDbContext db) : ICompanyDocumentLister
{
    public async IAsyncEnumerable<Guid> ListDocumentIdsAsync(Guid ownerProfileId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = db.Set<DocumentRow>()
            .IgnoreQueryFilters([TenantQueryFilter.FilterName])
            .AsNoTracking()
            .Where(row => row.OwnerProfileId == ownerProfileId && !row.IsDeleted)
            .OrderBy(row => row.CreatedAt)
            .ThenBy(row => row.Id)
            .Select(row => row.Id)
            .AsAsyncEnumerable();
        await foreach (var id in ids.WithCancellation(cancellationToken))
        {
            yield return id;
        }
    }
}
