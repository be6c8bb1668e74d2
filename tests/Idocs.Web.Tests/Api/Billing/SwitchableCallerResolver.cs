using System.Security.Claims;
using Idocs.Common.Results;
using Idocs.Web.Api.Billing;

namespace Idocs.Web.Tests.Api.Billing;

/// <summary>Stands in for the session login, which the accounts area provides: the test sets who calls next.</summary>
public sealed class SwitchableCallerResolver : IBillingCallerResolver
{
    public BillingCaller? Current { get; set; }

    public Task<Result<BillingCaller>> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Task.FromResult(Current is null
            ? Result<BillingCaller>.Failure(new Error(BillingApiErrorCodes.Unauthenticated, "Sign in to use billing."))
            : Result<BillingCaller>.Success(Current));
}
