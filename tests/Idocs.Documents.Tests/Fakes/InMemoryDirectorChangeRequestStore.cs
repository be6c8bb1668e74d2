using Idocs.Documents.DirectorChange;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemoryDirectorChangeRequestStore(ITenantContext tenant) : IDirectorChangeRequestStore
{
    private readonly InMemoryTable<Guid, DirectorChangeRequest> _table = new(
        request => request.Id,
        request => request.Copy(),
        new UniqueIndex<DirectorChangeRequest>(request => request.ProfileId, request => request.Status == DirectorChangeStatus.Pending));

    public Task<bool> TryAddAsync(DirectorChangeRequest request, CancellationToken cancellationToken)
    {
        TenantFilter.EnsureWritable(tenant, request.ProfileId);
        return Task.FromResult(_table.TryAdd(request));
    }

    public Task<bool> TrySaveAsync(DirectorChangeRequest request, CancellationToken cancellationToken)
    {
        TenantFilter.EnsureWritable(tenant, request.ProfileId);
        return Task.FromResult(_table.TrySave(request));
    }

    public Task<DirectorChangeRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Find(requestId, request => TenantFilter.Visible(tenant, request.ProfileId)));

    public Task<IReadOnlyList<DirectorChangeRequest>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DirectorChangeRequest>>(_table.Where(request => TenantFilter.Visible(tenant, request.ProfileId)));

    public Task<DirectorChangeRequest?> FindForSupportAsync(Guid requestId, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Find(requestId));

    public Task<IReadOnlyList<DirectorChangeRequest>> ListPendingForSupportAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DirectorChangeRequest>>(
            _table.Where(request => request.Status == DirectorChangeStatus.Pending).OrderBy(request => request.FiledAt).ToList());
}
