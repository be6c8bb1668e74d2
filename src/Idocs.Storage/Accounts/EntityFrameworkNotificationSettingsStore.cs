using Idocs.Documents.Notifications.Settings;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>Maps settings to <see cref="NotificationSettingsRow"/>; reads and writes see the current profile only.</summary>
public sealed class EntityFrameworkNotificationSettingsStore(IdocsDbContext dbContext) : INotificationSettingsStore
{
    public Task<bool> TryAddAsync(NotificationSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var row = new NotificationSettingsRow
        {
            ProfileId = settings.ProfileId,
            PersonId = settings.PersonId,
            EmailEvents = Format(settings.EmailEvents),
        };
        return AccountsSaves.TryAddAsync(dbContext, row, cancellationToken);
    }

    /// <summary>Saves over the row read by <see cref="FindAsync"/> in this request, checking its version.</summary>
    public async Task<bool> TrySaveAsync(NotificationSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var row = dbContext.ChangeTracker.Entries<NotificationSettingsRow>()
            .Select(entry => entry.Entity)
            .FirstOrDefault(candidate => candidate.ProfileId == settings.ProfileId && candidate.PersonId == settings.PersonId);
        if (row is null)
        {
            return false;
        }

        row.EmailEvents = Format(settings.EmailEvents);
        return await AccountsSaves.TryUpdateAsync(dbContext, row, cancellationToken);
    }

    public async Task<NotificationSettings?> FindAsync(Guid personId, CancellationToken cancellationToken)
    {
        var row = await dbContext.Set<NotificationSettingsRow>().FirstOrDefaultAsync(candidate => candidate.PersonId == personId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var settings = NotificationSettings.Default(row.ProfileId, row.PersonId);
        settings.SetEmailEvents(Parse(row.EmailEvents));
        return settings;
    }

    private static string Format(IEnumerable<DocumentStatusEvent> events) =>
        string.Join(',', events.Select(statusEvent => statusEvent.ToString()).Order(StringComparer.Ordinal));

    /// <summary>Reads the stored names; a name this version no longer knows is skipped rather than failing the read.</summary>
    private static IEnumerable<DocumentStatusEvent> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => Enum.TryParse<DocumentStatusEvent>(name, out var parsed) ? parsed : (DocumentStatusEvent?)null)
            .Where(parsed => parsed is not null)
            .Select(parsed => parsed!.Value);
}
