namespace Idocs.Documents.Profiles;

/// <summary>
/// Persists profiles. A profile is the tenant itself, so reads by id are not filtered, and callers
/// check that the id is the current profile or one the person belongs to. Storage enforces a unique
/// <see cref="Profile.IdentificationNumber"/>, which allows one profile per BIN or IIN.
/// </summary>
public interface IProfileStore
{
    /// <summary>Inserts a profile; returns false when one with the same BIN or IIN exists.</summary>
    Task<bool> TryAddAsync(Profile profile, CancellationToken cancellationToken);

    Task<Profile?> FindAsync(Guid profileId, CancellationToken cancellationToken);

    Task<Profile?> FindByIdentificationNumberAsync(string identificationNumber, CancellationToken cancellationToken);
}
