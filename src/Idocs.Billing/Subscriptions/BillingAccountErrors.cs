using Idocs.Common.Results;

namespace Idocs.Billing.Subscriptions;

/// <summary>Errors shared by the services that load and save billing accounts.</summary>
internal static class BillingAccountErrors
{
    public static Error NotFound(Guid companyId) =>
        new(CommonErrorCodes.NotFound, $"The company {companyId} has no billing account; it is opened at registration.");

    public static Error SavedByAnother(Guid companyId) =>
        new(CommonErrorCodes.ConcurrencyConflict, $"The billing account of company {companyId} was changed by someone else; reload it and try again.");
}
