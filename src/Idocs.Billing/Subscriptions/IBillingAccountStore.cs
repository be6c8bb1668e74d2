namespace Idocs.Billing.Subscriptions;

/// <summary>
/// Persists billing accounts, one per company. Storage enforces a unique company id and optimistic
/// concurrency: a save fails when another writer saved the account after it was loaded.
/// </summary>
public interface IBillingAccountStore
{
    /// <summary>Inserts an account; returns false when the company already has one.</summary>
    Task<bool> TryAddAsync(BillingAccount account, CancellationToken cancellationToken);

    Task<BillingAccount?> FindAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>Saves changes to a loaded account; returns false when someone else saved it first.</summary>
    Task<bool> TrySaveAsync(BillingAccount account, CancellationToken cancellationToken);

    /// <summary>Returns the ids of all companies with an account, for the monthly invoice run.</summary>
    Task<IReadOnlyList<Guid>> ListCompanyIdsAsync(CancellationToken cancellationToken);
}
