using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.Billing.Subscriptions;

/// <summary>
/// Decides whether billing allows a document operation. Sending external documents needs an
/// active trial or a plan in force; receiving, viewing and downloading are always allowed, so a
/// company without a plan still gets its documents.
/// </summary>
public sealed class CheckDocumentAccess(IBillingAccountStore accounts, TimeProvider clock)
{
    public async Task<Result> CheckAsync(Guid companyId, DocumentOperation operation, CancellationToken cancellationToken)
    {
        if (operation != DocumentOperation.SendExternal)
        {
            return Result.Success();
        }

        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        var now = clock.GetUtcNow();
        var term = account.TermAt(now);
        if (term?.Plan is not null || account.GetTrialStatus(now).IsActive)
        {
            return Result.Success();
        }

        if (term is null)
        {
            var trialEnd = TimeZoneInfo.ConvertTime(account.TrialEndsAt, account.GetTimeZone());
            return Result.Failure(
                BillingErrorCodes.TrialEndedWithoutPlan,
                $"Sending is blocked because the free trial ended on {trialEnd.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} and no plan is connected; choose a plan under Billing / Subscriptions. Receiving, viewing and downloading documents still work.");
        }

        return Result.Failure(
            BillingErrorCodes.NoPlanInForce,
            "Sending is blocked because the plan was disabled; connect a plan under Billing / Subscriptions. Receiving, viewing and downloading documents still work.");
    }
}
