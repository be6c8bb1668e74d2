namespace Idocs.Billing.PriceLists;

/// <summary>
/// Persists price list versions. Storage enforces unique <see cref="PriceList.Version"/> and unique
/// <see cref="PriceList.EffectiveFrom"/>; rows are insert-only.
/// </summary>
public interface IPriceListStore
{
    Task<IReadOnlyList<PriceList>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Inserts a version; returns false when a unique key (version or effective date) already exists.</summary>
    Task<bool> TryAddAsync(PriceList priceList, CancellationToken cancellationToken);
}
