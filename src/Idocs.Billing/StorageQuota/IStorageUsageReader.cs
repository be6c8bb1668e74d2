namespace Idocs.Billing.StorageQuota;

/// <summary>Measures how much internal storage a company's files take; implemented over the file store.</summary>
public interface IStorageUsageReader
{
    /// <summary>Returns the bytes the company's internal documents take now.</summary>
    Task<long> GetUsedBytesAsync(Guid companyId, CancellationToken cancellationToken);
}
