namespace Idocs.Documents.Notifications.Settings;

/// <summary>
/// Which document status changes a person wants by email in one profile. A person without saved
/// settings gets every event, so a person misses no document before they first open the settings page.
/// </summary>
public sealed class NotificationSettings
{
    private HashSet<DocumentStatusEvent> _emailEvents;

    private NotificationSettings(Guid profileId, Guid personId, HashSet<DocumentStatusEvent> emailEvents)
    {
        ProfileId = profileId;
        PersonId = personId;
        _emailEvents = emailEvents;
    }

    public Guid ProfileId { get; }

    public Guid PersonId { get; }

    public IReadOnlySet<DocumentStatusEvent> EmailEvents => _emailEvents;

    public static NotificationSettings Default(Guid profileId, Guid personId) =>
        new(profileId, personId, [.. Enum.GetValues<DocumentStatusEvent>()]);

    public bool WantsEmail(DocumentStatusEvent statusEvent) => _emailEvents.Contains(statusEvent);

    public void SetEmailEvents(IEnumerable<DocumentStatusEvent> events) => _emailEvents = [.. events];

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal NotificationSettings Copy() => new(ProfileId, PersonId, [.. _emailEvents]);
}
