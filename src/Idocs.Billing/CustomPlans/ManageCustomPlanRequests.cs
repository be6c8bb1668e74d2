using System.Globalization;
using Idocs.Billing.Actors;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;

namespace Idocs.Billing.CustomPlans;

/// <summary>
/// Takes Custom plan requests from a company's Director, Admin or Moderator, and lets a platform
/// manager approve them with a start date or reject them.
/// </summary>
/// <remarks>
/// NOTE: approval saves the account and then the request in two calls; storage should run them in
/// one transaction. Repeating an approval after a failed second save is harmless, because the
/// account's timeline from the start date on is replaced, not extended.
/// </remarks>
public sealed class ManageCustomPlanRequests(
    ICustomPlanRequestStore requests,
    IBillingAccountStore accounts,
    TimeProvider clock,
    ILogger<ManageCustomPlanRequests> logger)
{
    public async Task<Result<CustomPlanRequest>> SubmitAsync(
        BillingActor actor,
        Guid companyId,
        IReadOnlyCollection<PlanFeature> features,
        int? maxMassActionSize,
        string? storagePackageCode,
        CancellationToken cancellationToken)
    {
        var permission = BillingPermissions.RequireCompanyBillingManager(actor, "request a Custom plan");
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        var terms = CustomPlanTerms.Create(features, maxMassActionSize);
        if (!terms.IsSuccess)
        {
            return terms.Error;
        }

        if (await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false) is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        var request = CustomPlanRequest.Submit(
            IdGenerator.NewId(clock), companyId, terms.Value, storagePackageCode, actor.UserId, clock.GetUtcNow());
        await requests.AddAsync(request, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Company {CompanyId} requested Custom plan {CustomPlanRequestId}", companyId, request.Id);
        return request;
    }

    public Task<IReadOnlyList<CustomPlanRequest>> ListPendingAsync(CancellationToken cancellationToken) =>
        requests.ListPendingAsync(cancellationToken);

    /// <summary>
    /// Approves a request so that the Custom plan starts at local midnight of <paramref name="startsOn"/>
    /// in the company's time zone; the date may not be in the past.
    /// </summary>
    public async Task<Result<CustomPlanRequest>> ApproveAsync(
        BillingActor manager, Guid requestId, DateOnly startsOn, CancellationToken cancellationToken)
    {
        var permission = BillingPermissions.RequirePlatformStaff(manager, "approve a Custom plan");
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        var request = await requests.FindAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return RequestNotFound(requestId);
        }

        var account = await accounts.FindAsync(request.CompanyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(request.CompanyId);
        }

        var now = clock.GetUtcNow();
        var timeZone = account.GetTimeZone();
        var today = LocalCalendar.DateAt(now, timeZone);
        if (startsOn < today)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The start date {Format(startsOn)} is in the past (today is {Format(today)} for the company); choose today or a later date.");
        }

        var approved = request.Approve(startsOn, manager.UserId, now);
        if (!approved.IsSuccess)
        {
            return approved.Error;
        }

        var startsAt = startsOn == today ? now : LocalCalendar.StartOfDay(startsOn, timeZone);
        var storagePackageCode = request.StoragePackageCode ?? account.TermAt(startsAt)?.StoragePackageCode;
        account.StartCustomPlan(request.Terms, storagePackageCode, startsAt, manager.UserId, now);
        if (!await accounts.TrySaveAsync(account, cancellationToken).ConfigureAwait(false))
        {
            return BillingAccountErrors.SavedByAnother(account.CompanyId);
        }

        if (!await requests.TrySaveAsync(request, cancellationToken).ConfigureAwait(false))
        {
            return RequestSavedByAnother(requestId);
        }

        logger.LogInformation(
            "Custom plan request {CustomPlanRequestId} approved by {UserId}, starting {StartsOn}", requestId, manager.UserId, startsOn);
        return request;
    }

    public async Task<Result<CustomPlanRequest>> RejectAsync(
        BillingActor manager, Guid requestId, string reason, CancellationToken cancellationToken)
    {
        var permission = BillingPermissions.RequirePlatformStaff(manager, "reject a Custom plan");
        if (!permission.IsSuccess)
        {
            return permission.Error;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Error(CommonErrorCodes.InvalidInput, "The rejection reason is missing; tell the customer why the request was rejected.");
        }

        var request = await requests.FindAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return RequestNotFound(requestId);
        }

        var rejected = request.Reject(reason.Trim(), manager.UserId, clock.GetUtcNow());
        if (!rejected.IsSuccess)
        {
            return rejected.Error;
        }

        if (!await requests.TrySaveAsync(request, cancellationToken).ConfigureAwait(false))
        {
            return RequestSavedByAnother(requestId);
        }

        return request;
    }

    private static Error RequestNotFound(Guid requestId) =>
        new(CommonErrorCodes.NotFound, $"The Custom plan request {requestId} was not found; reload the list of requests.");

    private static Error RequestSavedByAnother(Guid requestId) =>
        new(CommonErrorCodes.ConcurrencyConflict, $"The Custom plan request {requestId} was changed by someone else; reload it and try again.");

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
