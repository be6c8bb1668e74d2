using Idocs.Common.Results;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Notifications.Settings;

/// <summary>"Profile management → Notification settings": a person reads and changes their own email subscriptions.</summary>
public sealed class ManageNotificationSettings(ProfileAuthorizer authorizer, INotificationSettingsStore store)
{
    public async Task<Result<NotificationSettings>> GetAsync(Guid personId, CancellationToken cancellationToken)
    {
        var member = await authorizer.RequireActiveMemberAsync(personId, cancellationToken).ConfigureAwait(false);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        return await store.FindAsync(personId, cancellationToken).ConfigureAwait(false)
            ?? NotificationSettings.Default(member.Value.ProfileId, personId);
    }

    public async Task<Result<NotificationSettings>> UpdateAsync(Guid personId, IReadOnlyCollection<DocumentStatusEvent> emailEvents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emailEvents);
        var unknown = emailEvents.Where(statusEvent => !Enum.IsDefined(statusEvent)).ToList();
        if (unknown.Count > 0)
        {
            return new Error(
                AccountsErrorCodes.UnknownNotificationEvent,
                $"The events {string.Join(", ", unknown)} do not exist; choose from {string.Join(", ", Enum.GetNames<DocumentStatusEvent>())}.");
        }

        var member = await authorizer.RequireActiveMemberAsync(personId, cancellationToken).ConfigureAwait(false);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        var existing = await store.FindAsync(personId, cancellationToken).ConfigureAwait(false);
        var settings = existing ?? NotificationSettings.Default(member.Value.ProfileId, personId);
        settings.SetEmailEvents(emailEvents);
        var saved = existing is null
            ? await store.TryAddAsync(settings, cancellationToken).ConfigureAwait(false)
            : await store.TrySaveAsync(settings, cancellationToken).ConfigureAwait(false);
        return saved
            ? settings
            : new Error(CommonErrorCodes.ConcurrencyConflict, "The notification settings changed in another tab; reload them and save again.");
    }

    /// <summary>
    /// Returns whether the person wants an email about <paramref name="statusEvent"/> in the current
    /// profile; the notifier calls this before it queues a mail.
    /// </summary>
    public async Task<bool> WantsEmailAsync(Guid personId, DocumentStatusEvent statusEvent, CancellationToken cancellationToken)
    {
        var settings = await store.FindAsync(personId, cancellationToken).ConfigureAwait(false);
        return settings?.WantsEmail(statusEvent) ?? true;
    }
}
