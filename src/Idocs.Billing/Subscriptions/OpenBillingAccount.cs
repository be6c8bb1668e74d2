using Idocs.Common.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Billing.Subscriptions;

/// <summary>Opens a company's billing account at registration, which starts its free trial.</summary>
public sealed class OpenBillingAccount(
    IBillingAccountStore store,
    TimeProvider clock,
    IOptions<BillingOptions> options,
    ILogger<OpenBillingAccount> logger)
{
    /// <summary>
    /// Opens the account in <paramref name="timeZoneId"/>, or the configured default when null. A
    /// repeated registration returns <see cref="BillingErrorCodes.AccountAlreadyExists"/> and keeps the first trial.
    /// </summary>
    public async Task<Result<BillingAccount>> RunAsync(Guid companyId, string? timeZoneId, CancellationToken cancellationToken)
    {
        var opened = BillingAccount.Open(
            companyId,
            timeZoneId ?? options.Value.DefaultTimeZoneId,
            clock.GetUtcNow(),
            options.Value.TrialLength);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        if (!await store.TryAddAsync(opened.Value, cancellationToken).ConfigureAwait(false))
        {
            return new Error(
                BillingErrorCodes.AccountAlreadyExists,
                $"The company {companyId} already has a billing account; its trial started at registration.");
        }

        logger.LogInformation(
            "Opened billing account for company {CompanyId} with a trial until {TrialEndsAt}",
            companyId,
            opened.Value.TrialEndsAt);
        return opened.Value;
    }
}
