using Idocs.Billing.StorageQuota;

namespace Idocs.Billing.Tests.Fakes;

/// <summary>Returns the usage a test set per company, as the file store would measure it.</summary>
public sealed class FixedStorageUsageReader : IStorageUsageReader
{
    private readonly Dictionary<Guid, long> _usedBytes = [];

    public void Set(Guid companyId, long usedBytes) => _usedBytes[companyId] = usedBytes;

    public Task<long> GetUsedBytesAsync(Guid companyId, CancellationToken cancellationToken) =>
        Task.FromResult(_usedBytes.GetValueOrDefault(companyId));
}
