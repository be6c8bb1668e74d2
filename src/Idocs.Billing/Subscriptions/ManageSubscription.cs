using Idocs.Billing.Actors;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;

namespace Idocs.Billing.Subscriptions;

/// <summary>
/// Connects, changes and disables a company's plan (Director, Admin and Moderator only) and
/// reports the subscription status with any scheduled change.
/// </summary>
public sealed class ManageSubscription(
    IBillingAccountStore accounts,
    IPriceListStore priceLists,
    TimeProvider clock,
    ILogger<ManageSubscription> logger)
{
    public async Task<Result<SubscriptionStatus>> GetStatusAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        return account.GetStatus(clock.GetUtcNow());
    }

    /// <summary>Connects a plan when none is in force; during the trial it starts when the trial ends.</summary>
    public Task<Result<SubscriptionStatus>> ConnectAsync(
        BillingActor actor, Guid companyId, PlanCode plan, string? storagePackageCode, CancellationToken cancellationToken) =>
        UpdateAsync(
            actor,
            companyId,
            "connect a plan",
            storagePackageCode,
            (account, now) => account.Connect(plan, storagePackageCode, actor.UserId, now),
            cancellationToken);

    /// <summary>Schedules a plan or storage package change for the end of the current period.</summary>
    public Task<Result<SubscriptionStatus>> ChangeAsync(
        BillingActor actor, Guid companyId, PlanCode plan, string? storagePackageCode, CancellationToken cancellationToken) =>
        UpdateAsync(
            actor,
            companyId,
            "change the plan",
            storagePackageCode,
            (account, now) => account.Change(plan, storagePackageCode, actor.UserId, now),
            cancellationToken);

    /// <summary>Schedules disabling the plan for the end of the current period.</summary>
    public Task<Result<SubscriptionStatus>> DisableAsync(BillingActor actor, Guid companyId, CancellationToken cancellationToken) =>
        UpdateAsync(
            actor,
            companyId,
            "disable the plan",
            null,
            (account, now) => account.Disable(actor.UserId, now),
            cancellationToken);

    public Task<Result<SubscriptionStatus>> CancelScheduledChangeAsync(BillingActor actor, Guid companyId, CancellationToken cancellationToken) =>
        UpdateAsync(
            actor,
            companyId,
            "cancel a scheduled plan change",
            null,
            (account, now) => account.CancelScheduledChange(now),
            cancellationToken);

    private async Task<Result<SubscriptionStatus>> UpdateAsync(
        BillingActor actor,
        Guid companyId,
        string operation,
        string? storagePackageCode,
        Func<BillingAccount, DateTimeOffset, Result> change,
        CancellationToken cancellationToken)
    {
        var permission = BillingPermissions.RequireCompanyBillingManager(actor, operation);
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        var now = clock.GetUtcNow();
        if (storagePackageCode is not null)
        {
            var package = await CheckStoragePackageAsync(account, storagePackageCode, now, cancellationToken).ConfigureAwait(false);
            if (!package.IsSuccess)
            {
                return package.Error;
            }
        }

        var changed = change(account, now);
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        if (!await accounts.TrySaveAsync(account, cancellationToken).ConfigureAwait(false))
        {
            return BillingAccountErrors.SavedByAnother(companyId);
        }

        var status = account.GetStatus(now);
        logger.LogInformation(
            "Subscription of company {CompanyId} updated by user {UserId}: plan in force {CurrentPlan}, scheduled {ScheduledPlan} at {ScheduledAt}",
            companyId,
            actor.UserId,
            status.CurrentPlan,
            status.Scheduled?.Plan,
            status.Scheduled?.EffectiveAt);
        return status;
    }

    private async Task<Result> CheckStoragePackageAsync(
        BillingAccount account, string storagePackageCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = new PriceListHistory(await priceLists.ListAsync(cancellationToken).ConfigureAwait(false));
        var priceList = history.InForceOn(LocalCalendar.DateAt(now, account.GetTimeZone()));
        if (!priceList.IsSuccess)
        {
            return priceList.Error;
        }

        if (priceList.Value.FindStoragePackage(storagePackageCode) is null)
        {
            var known = string.Join(", ", priceList.Value.StoragePackages.Select(package => package.Code));
            return Result.Failure(
                BillingErrorCodes.UnknownStoragePackage,
                $"The storage package '{storagePackageCode}' is not in the current price list; choose one of: {known}.");
        }

        return Result.Success();
    }
}
