namespace Idocs.Documents.Tenancy;

/// <summary>
/// The profile (tenant) the current request acts in. Stores of profile-owned rows filter by it, so
/// an id from another profile reads as not found. The web layer sets it from the validated session.
/// </summary>
public interface ITenantContext
{
    /// <summary>The current profile, or null outside a profile (login, registration, platform support).</summary>
    Guid? ProfileId { get; }

    /// <summary>
    /// Switches to <paramref name="profileId"/> until the returned scope is disposed. Only flows that
    /// act on a profile without a session in it use this: registration, joining at login and
    /// support's review of a director change.
    /// </summary>
    IDisposable EnterProfile(Guid profileId);
}
