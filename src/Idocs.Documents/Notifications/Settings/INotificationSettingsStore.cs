namespace Idocs.Documents.Notifications.Settings;

/// <summary>
/// Persists notification settings, keyed by (ProfileId, PersonId). Reads and writes see the current
/// profile of <see cref="Tenancy.ITenantContext"/> only. Storage enforces the key and a concurrency token.
/// </summary>
public interface INotificationSettingsStore
{
    /// <summary>Inserts settings; returns false when the person already has settings in the profile.</summary>
    Task<bool> TryAddAsync(NotificationSettings settings, CancellationToken cancellationToken);

    Task<bool> TrySaveAsync(NotificationSettings settings, CancellationToken cancellationToken);

    Task<NotificationSettings?> FindAsync(Guid personId, CancellationToken cancellationToken);
}
