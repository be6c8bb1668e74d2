namespace Idocs.Documents.Employees;

/// <summary>
/// Persists employees. Methods without "AcrossProfiles" in their name see only the current profile
/// of <see cref="Tenancy.ITenantContext"/> (the EF global filter), and writes outside it are bugs.
/// Storage enforces: a unique (ProfileId, Iin); at most one head (Director or Owner) per profile,
/// as a partial unique index; and a concurrency token, so <see cref="TrySaveAsync"/> returns false when
/// someone else saved first or the save would break a unique index.
/// </summary>
public interface IEmployeeStore
{
    /// <summary>Inserts an employee; returns false when the profile already has one with the IIN, or already has a head.</summary>
    Task<bool> TryAddAsync(Employee employee, CancellationToken cancellationToken);

    Task<bool> TrySaveAsync(Employee employee, CancellationToken cancellationToken);

    Task<Employee?> FindAsync(Guid employeeId, CancellationToken cancellationToken);

    Task<Employee?> FindByIinAsync(string iin, CancellationToken cancellationToken);

    /// <summary>Returns the profile's Director or owner.</summary>
    Task<Employee?> FindHeadAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Employee>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Returns the person's employee row in <paramref name="profileId"/> regardless of the tenant
    /// context: the session validator and profile choice run before a profile is current.
    /// </summary>
    Task<Employee?> FindForPersonAcrossProfilesAsync(Guid personId, Guid profileId, CancellationToken cancellationToken);

    /// <summary>Returns the person's employee rows in all profiles, for the profile choice after login.</summary>
    Task<IReadOnlyList<Employee>> ListForPersonAcrossProfilesAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Returns every employee row with the IIN in all profiles, for login: memberships and invitations of that person.</summary>
    Task<IReadOnlyList<Employee>> ListByIinAcrossProfilesAsync(string iin, CancellationToken cancellationToken);
}
