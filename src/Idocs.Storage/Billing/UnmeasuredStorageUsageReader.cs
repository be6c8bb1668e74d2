using Idocs.Billing.StorageQuota;

namespace Idocs.Storage.Billing;

/// <summary>
/// The storage usage reader used until the document store provides one that sums a company's
/// internal files. It throws rather than report zero bytes, so no check passes on a guess.
/// </summary>
internal sealed class UnmeasuredStorageUsageReader : IStorageUsageReader
{
    // TODO: replace with a reader over the document store's file rows once internal documents are stored.
    public Task<long> GetUsedBytesAsync(Guid companyId, CancellationToken cancellationToken) =>
        throw new NotSupportedException(
            $"Internal storage usage of company {companyId} cannot be measured: no {nameof(IStorageUsageReader)} over the document store is registered.");
}
