using Idocs.Documents.Notifications.Settings;

namespace Idocs.Documents.Flow;

/// <summary>
/// Finds where to mail an employee about a status change, honouring the person's notification
/// settings in the employee's profile; the accounts domain implements it.
/// </summary>
public interface ISubscriberPort
{
    /// <summary>Returns null when the person is not subscribed to <paramref name="statusEvent"/> or has no email.</summary>
    Task<MailRecipient?> FindAsync(Guid employeeId, DocumentStatusEvent statusEvent, CancellationToken cancellationToken);
}
