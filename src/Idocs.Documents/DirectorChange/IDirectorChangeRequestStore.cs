namespace Idocs.Documents.DirectorChange;

/// <summary>
/// Persists director change requests. <see cref="FindAsync"/> and <see cref="ListAsync"/> see the
/// current profile only; the "ForSupport" methods read all profiles, for support's review queue.
/// Storage enforces at most one <see cref="DirectorChangeStatus.Pending"/> request per profile (a
/// partial unique index) and a concurrency token.
/// </summary>
public interface IDirectorChangeRequestStore
{
    /// <summary>Inserts a request; returns false when the profile already has a pending one.</summary>
    Task<bool> TryAddAsync(DirectorChangeRequest request, CancellationToken cancellationToken);

    Task<bool> TrySaveAsync(DirectorChangeRequest request, CancellationToken cancellationToken);

    Task<DirectorChangeRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DirectorChangeRequest>> ListAsync(CancellationToken cancellationToken);

    Task<DirectorChangeRequest?> FindForSupportAsync(Guid requestId, CancellationToken cancellationToken);

    /// <summary>Returns pending requests of all profiles, oldest first.</summary>
    Task<IReadOnlyList<DirectorChangeRequest>> ListPendingForSupportAsync(CancellationToken cancellationToken);
}
