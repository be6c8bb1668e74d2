using Idocs.Billing.Periods;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Microsoft.Extensions.Options;

namespace Idocs.Billing.StorageQuota;

/// <summary>
/// Measures internal storage against the company's package, warns near the limit and checks
/// whether a new file still fits.
/// </summary>
public sealed class CheckStorageUsage(
    IBillingAccountStore accounts,
    IPriceListStore priceLists,
    IStorageUsageReader usageReader,
    TimeProvider clock,
    IOptions<BillingOptions> options)
{
    public async Task<Result<StorageUsage>> MeasureAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        var now = clock.GetUtcNow();
        var packageCode = account.TermAt(now)?.StoragePackageCode;
        if (packageCode is null)
        {
            return new Error(
                BillingErrorCodes.NoStoragePackage,
                "The company has no internal storage package, so internal document flow is off; choose a package under Billing / Subscriptions.");
        }

        var history = new PriceListHistory(await priceLists.ListAsync(cancellationToken).ConfigureAwait(false));
        var priceList = history.InForceOn(LocalCalendar.DateAt(now, account.GetTimeZone()));
        if (!priceList.IsSuccess)
        {
            return priceList.Error;
        }

        var package = priceList.Value.FindStoragePackage(packageCode);
        if (package is null)
        {
            return new Error(
                BillingErrorCodes.UnknownStoragePackage,
                $"The storage package '{packageCode}' is not in the price list in force; platform staff must restore it or the company must choose another package.");
        }

        var usedBytes = await usageReader.GetUsedBytesAsync(companyId, cancellationToken).ConfigureAwait(false);
        var share = (decimal)usedBytes / package.SizeBytes;
        var level = usedBytes > package.SizeBytes
            ? StorageUsageLevel.OverLimit
            : share >= options.Value.StorageWarningThreshold ? StorageUsageLevel.NearLimit : StorageUsageLevel.Normal;
        return new StorageUsage(package.Code, usedBytes, package.SizeBytes, share, level);
    }

    /// <summary>Checks that storing <paramref name="additionalBytes"/> more keeps the company within its package.</summary>
    public async Task<Result<StorageUsage>> CheckFitsAsync(Guid companyId, long additionalBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(additionalBytes);
        var usage = await MeasureAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (!usage.IsSuccess)
        {
            return usage;
        }

        if (usage.Value.UsedBytes + additionalBytes > usage.Value.LimitBytes)
        {
            return new Error(
                BillingErrorCodes.StorageLimitExceeded,
                $"The file of {additionalBytes} bytes does not fit: {usage.Value.UsedBytes} of {usage.Value.LimitBytes} bytes of the storage package {usage.Value.StoragePackageCode} are used; delete documents or choose a larger package.");
        }

        return usage;
    }
}
