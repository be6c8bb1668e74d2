using Idocs.Billing.Subscriptions;

namespace Idocs.Billing.Tests.Fakes;

public sealed class InMemoryBillingAccountStore : IBillingAccountStore
{
    private readonly VersionedTable<Guid, BillingAccount> _table = new(account => account.CompanyId, account => account.Copy());

    public Task<bool> TryAddAsync(BillingAccount account, CancellationToken cancellationToken) =>
        Task.FromResult(_table.TryAdd(account));

    public Task<BillingAccount?> FindAsync(Guid companyId, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Find(companyId));

    public Task<bool> TrySaveAsync(BillingAccount account, CancellationToken cancellationToken) =>
        Task.FromResult(_table.TrySave(account));

    public Task<IReadOnlyList<Guid>> ListCompanyIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>(_table.Where(_ => true).Select(account => account.CompanyId).ToList());
}
