using Idocs.Billing.Metering;
using Idocs.Billing.Periods;

namespace Idocs.Billing.Tests.Fakes;

/// <summary>Insert-only, with the unique key (document id, file id) like the database table.</summary>
public sealed class InMemoryMeteredUnitStore : IMeteredUnitStore
{
    private readonly VersionedTable<(Guid DocumentId, Guid FileId), MeteredUnit> _table =
        new(unit => (unit.DocumentId, unit.FileId), unit => unit);

    public Task<bool> TryAddAsync(MeteredUnit unit, CancellationToken cancellationToken) =>
        Task.FromResult(_table.TryAdd(unit));

    public Task<IReadOnlyList<MeteredUnit>> ListAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MeteredUnit>>(
            _table.Where(unit => unit.CompanyId == companyId && unit.Period == period));

    public IReadOnlyList<MeteredUnit> All() => _table.Where(_ => true);
}
