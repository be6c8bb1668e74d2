namespace Idocs.Billing.Actors;

/// <summary>The person who requests a billing operation, as the caller authenticated them.</summary>
public sealed record BillingActor(Guid UserId, ActorRole Role);
