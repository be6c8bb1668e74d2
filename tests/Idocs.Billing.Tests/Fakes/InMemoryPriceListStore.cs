using Idocs.Billing.PriceLists;

namespace Idocs.Billing.Tests.Fakes;

/// <summary>Insert-only, with unique version and unique effective date like the database table.</summary>
public sealed class InMemoryPriceListStore : IPriceListStore
{
    private readonly VersionedTable<Guid, PriceList> _table = new(priceList => priceList.Id, priceList => priceList);

    public Task<IReadOnlyList<PriceList>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PriceList>>(_table.Where(_ => true).OrderBy(priceList => priceList.Version).ToList());

    public Task<bool> TryAddAsync(PriceList priceList, CancellationToken cancellationToken) =>
        Task.FromResult(_table.TryAdd(
            priceList,
            (stored, added) => stored.Version == added.Version || stored.EffectiveFrom == added.EffectiveFrom));
}
