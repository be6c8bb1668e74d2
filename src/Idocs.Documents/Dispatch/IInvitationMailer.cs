namespace Idocs.Documents.Dispatch;

/// <summary>
/// Queues the invitation email; the implementation writes an outbox row in the dispatch
/// transaction, so the mail is sent once even when nodes race.
/// </summary>
public interface IInvitationMailer
{
    Task EnqueueAsync(LinkInvitation invitation, CancellationToken cancellationToken);
}
