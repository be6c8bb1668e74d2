namespace Idocs.Web.Api.Idempotency;

/// <summary>Idempotency key settings, bound from the <c>Api:Idempotency</c> configuration section.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Api:Idempotency";

    /// <summary>How long a key and its stored response are kept; a repeat after that runs again.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired keys are deleted.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
