namespace Idocs.Billing.CustomPlans;

/// <summary>Persists Custom plan requests with optimistic concurrency on save.</summary>
public interface ICustomPlanRequestStore
{
    Task AddAsync(CustomPlanRequest request, CancellationToken cancellationToken);

    Task<CustomPlanRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken);

    /// <summary>Saves a loaded request; returns false when someone else saved it first.</summary>
    Task<bool> TrySaveAsync(CustomPlanRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<CustomPlanRequest>> ListPendingAsync(CancellationToken cancellationToken);
}
