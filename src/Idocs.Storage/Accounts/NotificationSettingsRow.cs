namespace Idocs.Storage.Accounts;

/// <summary>
/// The stored form of <see cref="Idocs.Documents.Notifications.Settings.NotificationSettings"/>: the
/// subscribed events as comma-separated names. A row class because the domain type keeps its
/// events in a private set that EF Core cannot bind.
/// </summary>
internal sealed class NotificationSettingsRow
{
    public Guid ProfileId { get; set; }

    public Guid PersonId { get; set; }

    public string EmailEvents { get; set; } = string.Empty;
}
