using System.Security.Claims;
using Idocs.Common.Results;

namespace Idocs.Web.Api.Billing;

/// <summary>Finds out who calls a billing endpoint and in which role. It is the one authorization call of the billing API.</summary>
public interface IBillingCallerResolver
{
    /// <summary>
    /// Returns the caller, or <see cref="BillingApiErrorCodes.Unauthenticated"/> without person or
    /// profile claims, or the accounts area's error when the person is no active member of the profile.
    /// </summary>
    Task<Result<BillingCaller>> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
