using Idocs.Billing.Actors;

namespace Idocs.Web.Api.Billing;

/// <summary>The authenticated caller of a billing endpoint: who acts, and for which company (profile).</summary>
/// <param name="Actor">The person with their billing role.</param>
/// <param name="CompanyId">The profile the caller acts in, or null for platform staff outside a profile.</param>
public sealed record BillingCaller(BillingActor Actor, Guid? CompanyId);
