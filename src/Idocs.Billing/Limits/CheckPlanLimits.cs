using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Microsoft.Extensions.Options;

namespace Idocs.Billing.Limits;

/// <summary>
/// Checks a company's plan limits where they apply: mass action size, the route designer and the
/// HTTP API. Errors name the plan and the limit. Limits come from the price list in force today;
/// during the trial the configured trial plan applies, and without any plan Standard's limits do.
/// </summary>
public sealed class CheckPlanLimits(
    IBillingAccountStore accounts,
    IPriceListStore priceLists,
    TimeProvider clock,
    IOptions<BillingOptions> options)
{
    public async Task<Result<EffectivePlan>> GetEffectivePlanAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        var now = clock.GetUtcNow();
        var history = new PriceListHistory(await priceLists.ListAsync(cancellationToken).ConfigureAwait(false));
        var priceList = history.InForceOn(LocalCalendar.DateAt(now, account.GetTimeZone()));
        if (!priceList.IsSuccess)
        {
            return priceList.Error;
        }

        var term = account.TermAt(now);
        if (term?.Plan is { } plan)
        {
            return new EffectivePlan(plan, priceList.Value.LimitsOf(plan, term.Custom), IsTrial: false);
        }

        if (account.GetTrialStatus(now).IsActive)
        {
            var trialPlan = options.Value.TrialPlan;
            return new EffectivePlan(trialPlan, priceList.Value.LimitsOf(trialPlan, null), IsTrial: true);
        }

        return new EffectivePlan(PlanCode.Standard, priceList.Value.LimitsOf(PlanCode.Standard, null), IsTrial: false);
    }

    /// <summary>Checks that one mass action may select <paramref name="selectedDocuments"/> documents.</summary>
    public async Task<Result> CheckMassActionAsync(Guid companyId, int selectedDocuments, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(selectedDocuments);
        var effective = await GetEffectivePlanAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (!effective.IsSuccess)
        {
            return effective.Error;
        }

        var limit = effective.Value.Limits.MaxMassActionSize;
        if (limit is null || selectedDocuments <= limit)
        {
            return Result.Success();
        }

        return Result.Failure(
            BillingErrorCodes.MassActionLimitExceeded,
            $"The plan {effective.Value.Name} allows mass actions on at most {limit} documents, but {selectedDocuments} are selected; select at most {limit} or move to PRO or a Custom plan with extended mass actions.");
    }

    public Task<Result> CheckDesignerAsync(Guid companyId, CancellationToken cancellationToken) =>
        CheckFeatureAsync(companyId, limits => limits.Designer, "the route designer", cancellationToken);

    public Task<Result> CheckApiAccessAsync(Guid companyId, CancellationToken cancellationToken) =>
        CheckFeatureAsync(companyId, limits => limits.ApiAccess, "API access", cancellationToken);

    private async Task<Result> CheckFeatureAsync(
        Guid companyId, Func<PlanLimits, bool> includes, string featureName, CancellationToken cancellationToken)
    {
        var effective = await GetEffectivePlanAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (!effective.IsSuccess)
        {
            return effective.Error;
        }

        if (includes(effective.Value.Limits))
        {
            return Result.Success();
        }

        return Result.Failure(
            BillingErrorCodes.FeatureNotInPlan,
            $"The plan {effective.Value.Name} does not include {featureName}; move to PRO or request a Custom plan with {featureName}.");
    }
}
