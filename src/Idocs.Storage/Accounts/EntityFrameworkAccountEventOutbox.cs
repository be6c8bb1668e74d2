using Idocs.Documents.Events;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;

namespace Idocs.Storage.Accounts;

/// <summary>
/// Saves account events as outbox rows. The message type is <c>accounts.</c> plus the event's type
/// name (for example <c>accounts.ProfileRegistered</c>); outbox handlers subscribe to that name.
/// </summary>
public sealed class EntityFrameworkAccountEventOutbox(IOutbox outbox, IdocsDbContext dbContext) : IAccountEventOutbox
{
    public const string TypePrefix = "accounts.";

    public static string MessageType(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return TypePrefix + eventType.Name;
    }

    public async Task EnqueueAsync(IAccountEvent accountEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountEvent);
        outbox.EnqueueJson(MessageType(accountEvent.GetType()), AccountsJson.SerializeObject(accountEvent));

        // In a use case's transaction the row commits or rolls back with the business rows.
        await dbContext.SaveChangesAsync(cancellationToken);
    }
}
