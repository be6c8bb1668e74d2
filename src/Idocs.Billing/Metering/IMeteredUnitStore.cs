using Idocs.Billing.Periods;

namespace Idocs.Billing.Metering;

/// <summary>Persists billable units; insert-only with a unique key on (document id, file id).</summary>
public interface IMeteredUnitStore
{
    /// <summary>Inserts a unit; returns false when a unit with the same document and file already exists.</summary>
    Task<bool> TryAddAsync(MeteredUnit unit, CancellationToken cancellationToken);

    Task<IReadOnlyList<MeteredUnit>> ListAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken);
}
