using Idocs.Billing.CustomPlans;

namespace Idocs.Billing.Tests.Fakes;

public sealed class InMemoryCustomPlanRequestStore : ICustomPlanRequestStore
{
    private readonly VersionedTable<Guid, CustomPlanRequest> _table = new(request => request.Id, request => request.Copy());

    public Task AddAsync(CustomPlanRequest request, CancellationToken cancellationToken)
    {
        if (!_table.TryAdd(request))
        {
            throw new InvalidOperationException($"A Custom plan request with id {request.Id} already exists.");
        }

        return Task.CompletedTask;
    }

    public Task<CustomPlanRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Find(requestId));

    public Task<bool> TrySaveAsync(CustomPlanRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(_table.TrySave(request));

    public Task<IReadOnlyList<CustomPlanRequest>> ListPendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CustomPlanRequest>>(
            _table.Where(request => request.Status == CustomPlanRequestStatus.Pending).OrderBy(request => request.RequestedAt).ToList());
}
