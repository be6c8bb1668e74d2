using System.Globalization;
using Idocs.Billing.Actors;
using Idocs.Billing.Periods;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Billing.PriceLists;

/// <summary>
/// Publishes a new price list version (platform staff only). Except for the very first version, it
/// must start after today in the platform's default time zone, so that no service already used is
/// repriced.
/// </summary>
public sealed class PublishPriceList(
    IPriceListStore store,
    TimeProvider clock,
    IOptions<BillingOptions> options,
    ILogger<PublishPriceList> logger)
{
    public async Task<Result<PriceList>> RunAsync(BillingActor actor, PriceListDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var permission = BillingPermissions.RequirePlatformStaff(actor, "publish a price list");
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        var existing = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        if (existing.Count > 0)
        {
            var platformZone = LocalCalendar.FindTimeZone(options.Value.DefaultTimeZoneId);
            if (!platformZone.IsSuccess)
            {
                return platformZone.Error;
            }

            var today = LocalCalendar.DateAt(clock.GetUtcNow(), platformZone.Value);
            if (draft.EffectiveFrom <= today)
            {
                return new Error(
                    BillingErrorCodes.PriceListStartsTooEarly,
                    $"The price list would start on {Format(draft.EffectiveFrom)}, but today is {Format(today)}; choose a start date after today so that service already used keeps its prices.");
            }
        }

        var version = existing.Count == 0 ? 1 : existing.Max(priceList => priceList.Version) + 1;
        var created = PriceList.Create(
            IdGenerator.NewId(clock),
            version,
            draft.EffectiveFrom,
            clock.GetUtcNow(),
            actor.UserId,
            draft.Plans,
            draft.FeaturePrices,
            draft.StoragePackages);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        if (!await store.TryAddAsync(created.Value, cancellationToken).ConfigureAwait(false))
        {
            return new Error(
                CommonErrorCodes.ConcurrencyConflict,
                $"A price list with version {version} or start date {Format(draft.EffectiveFrom)} already exists; reload the price lists and choose another start date.");
        }

        logger.LogInformation(
            "Published price list version {PriceListVersion} effective from {EffectiveFrom}",
            version,
            draft.EffectiveFrom);
        return created.Value;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
