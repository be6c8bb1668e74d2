using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemoryNotificationSettingsStore(ITenantContext tenant) : INotificationSettingsStore
{
    private readonly InMemoryTable<(Guid ProfileId, Guid PersonId), NotificationSettings> _table = new(
        settings => (settings.ProfileId, settings.PersonId),
        settings => settings.Copy());

    public Task<bool> TryAddAsync(NotificationSettings settings, CancellationToken cancellationToken)
    {
        TenantFilter.EnsureWritable(tenant, settings.ProfileId);
        return Task.FromResult(_table.TryAdd(settings));
    }

    public Task<bool> TrySaveAsync(NotificationSettings settings, CancellationToken cancellationToken)
    {
        TenantFilter.EnsureWritable(tenant, settings.ProfileId);
        return Task.FromResult(_table.TrySave(settings));
    }

    public Task<NotificationSettings?> FindAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult(tenant.ProfileId is { } profileId ? _table.Find((profileId, personId)) : null);
}
