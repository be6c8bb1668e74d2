namespace Idocs.Web.Api.Billing;

/// <summary>Stable codes of the billing API's own failures.</summary>
public static class BillingApiErrorCodes
{
    /// <summary>The request carries no person or profile claim: the caller is not signed in or has not chosen a profile.</summary>
    public const string Unauthenticated = "billing.unauthenticated";
}
