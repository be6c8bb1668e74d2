namespace Idocs.Documents;

/// <summary>Settings of the <c>Accounts</c> configuration section: login challenges and sessions.</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>How long an issued challenge may be answered. Default 2 minutes.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a session lasts after login before the person logs in again. Default 12 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// When true (the default), login rejects a certificate whose key is for signing only. A key for
    /// both uses (certificates issued since 2022) is accepted either way.
    /// </summary>
    public bool RequireAuthenticationKeyUsage { get; set; } = true;
}
