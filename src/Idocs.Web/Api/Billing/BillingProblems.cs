using Idocs.Billing;
using Idocs.Common.Results;
using Idocs.Storage.Billing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Billing;

/// <summary>Turns billing errors into RFC 9457 problem details with the stable code in the <c>code</c> member.</summary>
internal static class BillingProblems
{
    public static ProblemHttpResult From(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.Code switch
        {
            CommonErrorCodes.NotFound or BillingStorageErrorCodes.CompanyNotFound => StatusCodes.Status404NotFound,
            CommonErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            BillingApiErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            CommonErrorCodes.InvalidInput
                or BillingErrorCodes.UnknownStoragePackage
                or BillingErrorCodes.PriceListStartsTooEarly => StatusCodes.Status400BadRequest,
            CommonErrorCodes.ConcurrencyConflict
                or BillingErrorCodes.PlanAlreadyInForce
                or BillingErrorCodes.NoPlanToChange
                or BillingErrorCodes.NoScheduledChange
                or BillingErrorCodes.CustomPlanNeedsApproval
                or BillingErrorCodes.CustomPlanRequestClosed
                or BillingErrorCodes.InvoiceAlreadyPaid
                or BillingErrorCodes.AccountAlreadyExists => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }
}
