using Idocs.Documents.DirectorChange;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>Requests of the current profile through the tenant filter; the "ForSupport" methods read every profile.</summary>
public sealed class EntityFrameworkDirectorChangeRequestStore(IdocsDbContext dbContext) : IDirectorChangeRequestStore
{
    private IQueryable<DirectorChangeRequest> ForSupport =>
        dbContext.Set<DirectorChangeRequest>().IgnoreQueryFilters([AccountsTenantFilter.Name]);

    public Task<bool> TryAddAsync(DirectorChangeRequest request, CancellationToken cancellationToken) =>
        AccountsSaves.TryAddAsync(dbContext, request, cancellationToken);

    public Task<bool> TrySaveAsync(DirectorChangeRequest request, CancellationToken cancellationToken) =>
        AccountsSaves.TryUpdateAsync(dbContext, request, cancellationToken);

    public Task<DirectorChangeRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        dbContext.Set<DirectorChangeRequest>().FirstOrDefaultAsync(request => request.Id == requestId, cancellationToken);

    public async Task<IReadOnlyList<DirectorChangeRequest>> ListAsync(CancellationToken cancellationToken) =>
        (await dbContext.Set<DirectorChangeRequest>().ToListAsync(cancellationToken))
            .OrderByDescending(request => request.FiledAt)
            .ToList();

    public Task<DirectorChangeRequest?> FindForSupportAsync(Guid requestId, CancellationToken cancellationToken) =>
        ForSupport.FirstOrDefaultAsync(request => request.Id == requestId, cancellationToken);

    public async Task<IReadOnlyList<DirectorChangeRequest>> ListPendingForSupportAsync(CancellationToken cancellationToken) =>
        (await ForSupport.Where(request => request.Status == DirectorChangeStatus.Pending).ToListAsync(cancellationToken))
            .OrderBy(request => request.FiledAt)
            .ToList();
}
